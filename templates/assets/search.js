// Search page: Pagefind's UI, prefilled from ?q=. Pagefind needs a web
// server (it fetches its index), so opened from disk the page says so.
(function () {
  'use strict'
  var container = document.getElementById('recherche')
  if (!container) return
  var unavailable = document.querySelector('.search-unavailable')
  function fail() {
    if (unavailable) unavailable.hidden = false
  }
  if (location.protocol === 'file:' || typeof window.PagefindUI !== 'function') {
    fail()
    return
  }
  var query = new URLSearchParams(location.search).get('q') || ''
  var ui = new window.PagefindUI({
    element: '#recherche',
    bundlePath: container.getAttribute('data-bundle'),
    baseUrl: container.getAttribute('data-base-url') || '/',
    showImages: false,
    showSubResults: true,
    resetStyles: false,
    autofocus: query === '',
  })
  if (query !== '') ui.triggerSearch(query)
})()
