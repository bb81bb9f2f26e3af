// The search page: a small UI over Pagefind's JS API (pagefind/pagefind.js).
// The form is hidden in the HTML and shown here; its state lives in the URL
// (?q=…&sujet=…&pays=…&personne=…&annee=…&tri=date) so a search can be
// shared, and the search box of every other page lands here with ?q=.
// Pagefind fetches its index, so opened from disk (file:) the page says so:
// a classic script (not a module, which file: pages cannot load) for that.
(function () {
  'use strict'
  const PAGE_SIZE = 10

  const form = document.getElementById('recherche')
  const input = document.getElementById('recherche-texte')
  const status = document.getElementById('recherche-etat')
  const list = document.getElementById('recherche-resultats')
  const more = document.querySelector('.search-more')
  const moreButton = document.getElementById('recherche-plus')
  const unavailable = document.querySelector('.search-unavailable')
  const selects = form ? [...form.querySelectorAll('select[data-filter]')] : []
  const sortToggle = document.getElementById('tri-date')

  if (form && input && status && list) start()

  async function start() {
    let pagefind
    try {
      if (location.protocol === 'file:') throw new Error('file')
      pagefind = await import(new URL(form.dataset.bundle + 'pagefind.js', document.baseURI).href)
      await pagefind.options({ excerptLength: 28, excerptEllipsis: '…' })
      await pagefind.init()
    } catch {
      if (unavailable) unavailable.hidden = false
      return
    }
    form.hidden = false
    readState()
    const labels = new Map(selects.map((select) => [select, [...select.options].map((option) => option.textContent)]))
    let shown = []
    let pending = []
    let run = 0
    let timer = 0

    async function search() {
      const id = ++run
      const query = input.value.trim()
      const filters = {}
      for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value
      writeState()
      if (query === '' && Object.keys(filters).length === 0) {
        list.replaceChildren()
        more.hidden = true
        status.textContent = 'Saisissez un mot, ou choisissez un sujet, un pays ou une année.'
        showCounts(null)
        return
      }
      const options = { filters }
      if (sortToggle && sortToggle.checked) options.sort = { date: 'desc' }
      const result = await pagefind.search(query === '' ? null : query, options)
      if (id !== run || !result) return
      pending = result.results
      shown = []
      list.replaceChildren()
      showCounts(result.filters)
      await showMore(id)
      status.textContent = describe(result.results.length, query, filters)
    }

    async function showMore(id) {
      const next = pending.slice(shown.length, shown.length + PAGE_SIZE)
      const data = await Promise.all(next.map((item) => item.data()))
      if (id !== run) return
      for (const item of data) list.append(toItem(item))
      shown = shown.concat(next)
      more.hidden = shown.length >= pending.length
    }

    // Option labels get the number of results each value would give.
    function showCounts(counts) {
      for (const select of selects) {
        const names = labels.get(select)
        const values = counts ? counts[select.dataset.filter] || {} : null
        ;[...select.options].forEach((option, index) => {
          if (index === 0) return
          const n = values ? values[option.value] || 0 : null
          option.textContent = n === null ? names[index] : `${names[index]} (${n})`
        })
      }
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault()
      clearTimeout(timer)
      search()
    })
    input.addEventListener('input', () => {
      clearTimeout(timer)
      timer = setTimeout(search, 250)
    })
    for (const select of selects) select.addEventListener('change', search)
    if (sortToggle) sortToggle.addEventListener('change', search)
    if (moreButton) moreButton.addEventListener('click', () => showMore(run))
    search()
  }

  function readState() {
    const params = new URLSearchParams(location.search)
    input.value = params.get('q') || ''
    for (const select of selects) {
      const value = params.get(select.name)
      if (value && [...select.options].some((option) => option.value === value)) select.value = value
    }
    if (sortToggle) sortToggle.checked = params.get('tri') === 'date'
  }

  function writeState() {
    const params = new URLSearchParams()
    if (input.value.trim()) params.set('q', input.value.trim())
    for (const select of selects) if (select.value) params.set(select.name, select.value)
    if (sortToggle && sortToggle.checked) params.set('tri', 'date')
    const search = params.toString()
    history.replaceState(null, '', search ? `?${search}` : location.pathname)
  }

  function describe(count, query, filters) {
    const found = count === 0 ? 'Aucun résultat' : count === 1 ? '1 résultat' : `${count.toLocaleString('fr-FR')} résultats`
    const parts = []
    if (query) parts.push(`pour «\u00a0${query}\u00a0»`)
    const chosen = Object.values(filters)
    if (chosen.length > 0) parts.push(`(${chosen.join(', ')})`)
    if (sortToggle && sortToggle.checked) parts.push('triés par date')
    return [found, ...parts].join(' ') + '.'
  }

  function toItem(data) {
    const item = document.createElement('li')
    item.className = 'search-result'
    const lang = data.meta && data.meta.lang
    const title = document.createElement('h2')
    title.className = 'search-result__title'
    if (lang) title.lang = lang
    const link = document.createElement('a')
    link.href = data.url
    link.textContent = (data.meta && data.meta.title) || data.url
    title.append(link)
    item.append(title)
    if (data.meta && data.meta.date) {
      const date = document.createElement('p')
      date.className = 'search-result__date'
      date.textContent = data.meta.date
      item.append(date)
    }
    const excerpt = document.createElement('p')
    excerpt.className = 'search-result__excerpt'
    if (lang) excerpt.lang = lang
    excerpt.append(...toExcerptNodes(data.excerpt || ''))
    item.append(excerpt)
    return item
  }

  // Pagefind's excerpt is HTML with <mark> around the matches: keep the text
  // and the marks, nothing else.
  function toExcerptNodes(html) {
    const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html')
    const nodes = []
    for (const node of parsed.body.firstChild ? parsed.body.firstChild.childNodes : []) {
      if (node.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(node.textContent))
      else if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark')
        mark.textContent = node.textContent
        nodes.push(mark)
      } else nodes.push(document.createTextNode(node.textContent || ''))
    }
    return nodes
  }
})()
