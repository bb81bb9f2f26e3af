/** detectLanguage: French or Vietnamese, per block. */
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/normalise/lang.ts'
import { readSeedLines } from './helpers.ts'

describe('detectLanguage', () => {
  it('finds the Vietnamese lines of the vietnam.vn dump', () => {
    const vietnamese = readSeedLines('002').filter((line) => detectLanguage(line) === 'vi')
    expect(vietnamese).toEqual([
      'Vietnam.vn - Nền tảng quảng bá Việt Nam',
      'Báo Quốc TếBáo Quốc Tế05/07/2025',
      'Toàn cảnh Hội nghị Sơ kết công tác 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm',
      'Bộ Ngoại giao tổ chức Hội nghị Sơ kết công tác 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm',
      'Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn phát  biểu kết luận. (Ảnh: Thành Long)',
      'Bộ Ngoại giao tổ chức Hội nghị Sơ kết công tác 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm',
    ])
  })

  it('reads every line of the French dumps as French', () => {
    for (const prefix of ['000', '001', '003', '004']) {
      for (const line of readSeedLines(prefix)) expect(detectLanguage(line), line).toBe('fr')
    }
  })

  it('says French for short lines franc would misread', () => {
    for (const text of ['Hanoï, 17 mars', 'Hanoi, 17 juillet (VNA) -', 'Tô Lâm', 'Comment (0)', 'Photo : VNA', '']) expect(detectLanguage(text), text).toBe('fr')
  })

  it('does not let a Vietnamese name or a URL slug make French text Vietnamese', () => {
    expect(detectLanguage('Le secrétaire général Nguyễn Phú Trọng a reçu le ministre des Affaires étrangères')).toBe('fr')
    expect(detectLanguage('Source : https://baoquocte.vn/bo-ngoai-giao-to-chuc-hoi-nghi-so-ket-cong-tac-6-thang-dau-nam')).toBe('fr')
  })

  it('lets franc recognise Vietnamese written without its diacritics', () => {
    expect(detectLanguage('Toan canh Hoi nghi So ket cong tac 6 thang dau nam va phuong huong nhiem vu')).toBe('vi')
  })
})
