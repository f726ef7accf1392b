// GB/T 4754-2017 sections (门类) and the divisions (大类) each spans.
// Divisions are contiguous from 01 to 97 with no gaps.
export interface IndustrySection {
  readonly letter: string;
  readonly firstDivision: number;
  readonly lastDivision: number;
  readonly nameZh: string;
  readonly nameEn: string;
}

export const INDUSTRY_SECTIONS_2017: readonly IndustrySection[] = [
  { letter: 'A', firstDivision: 1, lastDivision: 5, nameZh: '农、林、牧、渔业', nameEn: 'Agriculture, forestry, animal husbandry and fishery' },
  { letter: 'B', firstDivision: 6, lastDivision: 12, nameZh: '采矿业', nameEn: 'Mining' },
  { letter: 'C', firstDivision: 13, lastDivision: 43, nameZh: '制造业', nameEn: 'Manufacturing' },
  { letter: 'D', firstDivision: 44, lastDivision: 46, nameZh: '电力、热力、燃气及水生产和供应业', nameEn: 'Electricity, heat, gas and water production and supply' },
  { letter: 'E', firstDivision: 47, lastDivision: 50, nameZh: '建筑业', nameEn: 'Construction' },
  { letter: 'F', firstDivision: 51, lastDivision: 52, nameZh: '批发和零售业', nameEn: 'Wholesale and retail trade' },
  { letter: 'G', firstDivision: 53, lastDivision: 60, nameZh: '交通运输、仓储和邮政业', nameEn: 'Transport, storage and postal services' },
  { letter: 'H', firstDivision: 61, lastDivision: 62, nameZh: '住宿和餐饮业', nameEn: 'Accommodation and catering' },
  { letter: 'I', firstDivision: 63, lastDivision: 65, nameZh: '信息传输、软件和信息技术服务业', nameEn: 'Information transmission, software and IT services' },
  { letter: 'J', firstDivision: 66, lastDivision: 69, nameZh: '金融业', nameEn: 'Finance' },
  { letter: 'K', firstDivision: 70, lastDivision: 70, nameZh: '房地产业', nameEn: 'Real estate' },
  { letter: 'L', firstDivision: 71, lastDivision: 72, nameZh: '租赁和商务服务业', nameEn: 'Leasing and business services' },
  { letter: 'M', firstDivision: 73, lastDivision: 75, nameZh: '科学研究和技术服务业', nameEn: 'Scientific research and technical services' },
  { letter: 'N', firstDivision: 76, lastDivision: 79, nameZh: '水利、环境和公共设施管理业', nameEn: 'Water conservancy, environment and public facilities management' },
  { letter: 'O', firstDivision: 80, lastDivision: 82, nameZh: '居民服务、修理和其他服务业', nameEn: 'Resident services, repair and other services' },
  { letter: 'P', firstDivision: 83, lastDivision: 83, nameZh: '教育', nameEn: 'Education' },
  { letter: 'Q', firstDivision: 84, lastDivision: 85, nameZh: '卫生和社会工作', nameEn: 'Health and social work' },
  { letter: 'R', firstDivision: 86, lastDivision: 90, nameZh: '文化、体育和娱乐业', nameEn: 'Culture, sports and entertainment' },
  { letter: 'S', firstDivision: 91, lastDivision: 96, nameZh: '公共管理、社会保障和社会组织', nameEn: 'Public administration, social security and social organisations' },
  { letter: 'T', firstDivision: 97, lastDivision: 97, nameZh: '国际组织', nameEn: 'International organisations' },
];

export function industrySectionOfDivision(division: number): IndustrySection | undefined {
  return INDUSTRY_SECTIONS_2017.find((s) => division >= s.firstDivision && division <= s.lastDivision);
}
