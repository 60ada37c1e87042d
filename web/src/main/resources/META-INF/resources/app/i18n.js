// Vietnamese first, with an English toggle. Elements with data-i18n get their text from here.

const DICTIONARY = {
  vi: {
    title: 'Bản đồ giám sát Nông thôn mới',
    year: 'Năm',
    province: 'Tỉnh',
    allProvinces: 'Tất cả các tỉnh',
    search: 'Tìm xã, phường, thôn…',
    searchLabel: 'Tìm đơn vị hành chính',
    legendTitle: 'Mức đạt chuẩn NTM',
    communes: 'xã',
    demoNote: 'Trạng thái, tiêu chí, thôn bản và hạ tầng là dữ liệu minh họa; ranh giới xã là thật (2025).',
    close: 'Đóng',
    code: 'Mã',
    parent: 'Trực thuộc',
    status: 'Mức đạt chuẩn',
    decision: 'Quyết định',
    signedBy: 'Người ký',
    noDecision: 'Chưa có quyết định công nhận',
    criteria: 'Tiêu chí',
    criteriaOf: 'Kết quả theo',
    met: 'Đạt',
    basicallyMet: 'Cơ bản đạt',
    notMet: 'Chưa đạt',
    notAssessed: 'Chưa đánh giá',
    history: 'Lịch sử mức đạt chuẩn',
    events: 'Các quyết định',
    predecessors: 'Hình thành từ (sắp xếp 2025)',
    infrastructure: 'Hạ tầng',
    category: 'Loại',
    count: 'Số lượng',
    poor: 'Xuống cấp',
    unhardened: 'Chưa cứng hóa',
    villages: 'Thôn, bản',
    showVillages: 'Xem các thôn, bản',
    layers: 'Lớp bản đồ',
    baseMap: 'Nền bản đồ trực tuyến (OSM)',
    gapsButton: 'Điểm yếu hạ tầng',
    gapsTitle: 'Điểm yếu hạ tầng',
    poor_condition: 'Công trình xuống cấp',
    unhardened_road: 'Đường chưa cứng hóa',
    missing_facility: 'Thôn thiếu công trình',
    lacks: 'thiếu',
    noGaps: 'Không có điểm yếu nào trong phạm vi này.',
    noBoundaries: 'Không có ranh giới cho năm này.',
    shown: 'Hiển thị',
    of: 'trên',
    demo: 'Minh họa',
    language: 'English',
    loginButton: 'Đăng nhập',
    km: 'km',
    events_recognized: 'Công nhận',
    events_re_acknowledged: 'Thừa nhận lại sau sắp xếp',
    events_revoked: 'Thu hồi',
    events_lapsed_by_merger: 'Hết hiệu lực do sắp xếp',
    road: 'Giao thông', irrigation: 'Thủy lợi', power: 'Điện', school: 'Trường học',
    culture_house: 'Nhà văn hóa', market: 'Chợ', health_station: 'Trạm y tế',
    water_supply: 'Cấp nước sạch', waste_site: 'Điểm thu gom rác',
    provinceOutlines: 'Ranh giới tỉnh', communeLayer: 'Xã, phường theo mức đạt chuẩn', villageLayer: 'Thôn, bản',
    condition_good: 'Tốt', condition_fair: 'Trung bình', condition_poor: 'Xuống cấp', condition_unusable: 'Hỏng',
  },
  en: {
    title: 'New Rural Development monitoring map',
    year: 'Year',
    province: 'Province',
    allProvinces: 'All provinces',
    search: 'Find a commune, ward, village…',
    searchLabel: 'Find an administrative unit',
    legendTitle: 'NTM status',
    communes: 'communes',
    demoNote: 'Statuses, criteria, villages and infrastructure are demo data; commune boundaries are real (2025).',
    close: 'Close',
    code: 'Code',
    parent: 'Part of',
    status: 'Status',
    decision: 'Decision',
    signedBy: 'Signed by',
    noDecision: 'No recognition decision',
    criteria: 'Criteria',
    criteriaOf: 'Results against',
    met: 'Met',
    basicallyMet: 'Basically met',
    notMet: 'Not met',
    notAssessed: 'Not assessed',
    history: 'Status history',
    events: 'Decisions',
    predecessors: 'Formed from (2025 reorganisation)',
    infrastructure: 'Infrastructure',
    category: 'Category',
    count: 'Count',
    poor: 'Poor',
    unhardened: 'Unhardened',
    villages: 'Villages',
    showVillages: 'Show the villages',
    layers: 'Map layers',
    baseMap: 'Online base map (OSM)',
    gapsButton: 'Infrastructure gaps',
    gapsTitle: 'Infrastructure gaps',
    poor_condition: 'In poor condition',
    unhardened_road: 'Unhardened roads',
    missing_facility: 'Villages lacking a facility',
    lacks: 'lacks',
    noGaps: 'No gaps in this area.',
    noBoundaries: 'No boundaries for this year.',
    shown: 'Showing',
    of: 'of',
    demo: 'Demo',
    language: 'Tiếng Việt',
    loginButton: 'Sign in',
    km: 'km',
    events_recognized: 'Recognised',
    events_re_acknowledged: 'Re-acknowledged after merger',
    events_revoked: 'Revoked',
    events_lapsed_by_merger: 'Lapsed by merger',
    road: 'Roads', irrigation: 'Irrigation', power: 'Power', school: 'Schools',
    culture_house: 'Culture houses', market: 'Markets', health_station: 'Health stations',
    water_supply: 'Water supply', waste_site: 'Waste sites',
    provinceOutlines: 'Province outlines', communeLayer: 'Communes by status', villageLayer: 'Villages',
    condition_good: 'Good', condition_fair: 'Fair', condition_poor: 'Poor', condition_unusable: 'Unusable',
  },
};

let language = 'vi';

export function setLanguage(lang) {
  language = DICTIONARY[lang] ? lang : 'vi';
  localStorage.setItem('ntm.lang', language);
  document.documentElement.lang = language;
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  document.querySelectorAll('[data-i18n-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
  document.title = t('title');
}

export function initialLanguage(fromUrl) {
  return fromUrl || localStorage.getItem('ntm.lang') || 'vi';
}

export function lang() {
  return language;
}

export function t(key) {
  return DICTIONARY[language][key] ?? DICTIONARY.vi[key] ?? key;
}

/** The Vietnamese or English field of an API object: name/nameEn, nameVi/nameEn. */
export function localName(item, base = 'name') {
  if (language === 'en') return item[`${base}En`] || item[base] || item[`${base}Vi`];
  return item[`${base}Vi`] || item[base];
}
