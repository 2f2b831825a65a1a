#!/usr/bin/env node
// Builds data/pairings.json and data/sources.pairings.json from a hand-written mapping of the
// research table data/tools/inputs/pairings.csv (76 rows; see data/tools/inputs/README.md).
// The CSV is read only to check that every row is accounted for (mapped, split or dropped);
// every pairing below names the CSV row(s) it comes from in `rows`.
// Run: node data/tools/build-pairings.mjs (reads only files in the repository)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = join(import.meta.dirname, '..');
const csvPath = join(import.meta.dirname, 'inputs', 'pairings.csv');
const GAO = 'paper-gao-guo-2025';

// ---------------------------------------------------------------- places
const provinces = JSON.parse(readFileSync(join(dataDir, 'provinces.json'), 'utf8')).provinces;
const prov = new Map(provinces.map((p) => [p.adcode, p]));
const geoNames = new Map();
for (const code of ['650000', '520000']) {
  const f = join(dataDir, 'geo', `${code}.json`);
  if (!existsSync(f)) continue;
  for (const ft of JSON.parse(readFileSync(f, 'utf8')).features) {
    geoNames.set(String(ft.properties.adcode), ft.properties.name);
  }
}
const PLACES = {
  // Xinjiang (checked against data/geo/650000.json)
  kashgar: ['653100', '喀什地区', 'Kashgar Prefecture'],
  hotan: ['653200', '和田地区', 'Hotan Prefecture'],
  aksu: ['652900', '阿克苏地区', 'Aksu Prefecture'],
  ili: ['654000', '伊犁哈萨克自治州', 'Ili Kazakh Autonomous Prefecture'],
  tacheng: ['654200', '塔城地区', 'Tacheng Prefecture'],
  altay: ['654300', '阿勒泰地区', 'Altay Prefecture'],
  turpan: ['650400', '吐鲁番地区（今吐鲁番市）', 'Turpan Prefecture (now Turpan City)'],
  hami: ['650500', '哈密地区（今哈密市）', 'Hami Prefecture (now Hami City)'],
  bortala: ['652700', '博尔塔拉蒙古自治州', 'Bortala Mongol Autonomous Prefecture'],
  changji: ['652300', '昌吉回族自治州', 'Changji Hui Autonomous Prefecture'],
  fukang: ['652300', '昌吉回族自治州阜康市', 'Fukang City, Changji Hui Autonomous Prefecture'],
  bayingolin: ['652800', '巴音郭楞蒙古自治州', 'Bayingolin Mongol Autonomous Prefecture'],
  kizilsu: ['653000', '克孜勒苏柯尔克孜自治州', 'Kizilsu Kirghiz Autonomous Prefecture'],
  tumxuk: ['659003', '图木舒克市（兵团）', 'Tumxuk (XPCC city)'],
  aral: ['659002', '阿拉尔市（兵团农一师）', 'Aral (XPCC 1st Division)'],
  wujiaqu: ['659004', '五家渠市（兵团农六师）', 'Wujiaqu (XPCC 6th Division)'],
  // Guizhou (checked against data/geo/520000.json)
  liupanshui: ['520200', '六盘水市', 'Liupanshui'],
  zunyi: ['520300', '遵义市', 'Zunyi'],
  anshun: ['520400', '安顺市', 'Anshun'],
  bijie: ['520500', '毕节市', 'Bijie'],
  tongren: ['520600', '铜仁市', 'Tongren'],
  qianxinan: ['522300', '黔西南布依族苗族自治州', 'Qianxinan Buyei and Miao Autonomous Prefecture'],
  qiandongnan: ['522600', '黔东南苗族侗族自治州', 'Qiandongnan Miao and Dong Autonomous Prefecture'],
  qiannan: ['522700', '黔南布依族苗族自治州', 'Qiannan Buyei and Miao Autonomous Prefecture'],
  // other western / central prefectures (GB/T 2260)
  zhangjiakou: ['130700', '张家口市', 'Zhangjiakou'],
  baoding: ['130600', '保定市', 'Baoding'],
  chengde: ['130800', '承德市', 'Chengde'],
  xining: ['630100', '西宁市', 'Xining'],
  haidong: ['630200', '海东市', 'Haidong'],
  golog: ['632600', '果洛藏族自治州', 'Golog Tibetan Autonomous Prefecture'],
  hainanQh: ['632500', '海南藏族自治州', 'Hainan Tibetan Autonomous Prefecture (Qinghai)'],
  haixi: ['632800', '海西蒙古族藏族自治州', 'Haixi Mongol and Tibetan Autonomous Prefecture'],
  enshi: ['422800', '恩施土家族苗族自治州', 'Enshi Tujia and Miao Autonomous Prefecture'],
  yanbian: ['222400', '延边朝鲜族自治州', 'Yanbian Korean Autonomous Prefecture'],
  linxia: ['622900', '临夏回族自治州', 'Linxia Hui Autonomous Prefecture'],
  longnan: ['621200', '陇南市', 'Longnan'],
  liangshan: ['513400', '凉山彝族自治州', 'Liangshan Yi Autonomous Prefecture'],
  yanan: ['610600', '延安市', 'Yan’an'],
  lhasa: ['540100', '拉萨市', 'Lhasa'],
  shigatse: ['540200', '日喀则市', 'Shigatse'],
  qamdo: ['540300', '昌都市', 'Qamdo'],
  shannan: ['540500', '山南市', 'Shannan'],
  nagqu: ['540600', '那曲市', 'Nagqu'],
  dianxi: [null, '滇西（云南西部）', 'Western Yunnan (Dianxi)'],
  dingxi: ['621100', '定西市', 'Dingxi'],
  xiangxi: ['433100', '湘西土家族苗族自治州', 'Xiangxi Tujia and Miao Autonomous Prefecture'],
  zhaotong: ['530600', '昭通市', 'Zhaotong'],
  nujiang: ['533300', '怒江傈僳族自治州', 'Nujiang Lisu Autonomous Prefecture'],
  // eastern cities
  dalian: ['210200', '大连市', 'Dalian'],
  ningbo: ['330200', '宁波市', 'Ningbo'],
  qingdao: ['370200', '青岛市', 'Qingdao'],
  shenzhen: ['440300', '深圳市', 'Shenzhen'],
  xiamen: ['350200', '厦门市', 'Xiamen'],
  suzhou: ['320500', '苏州市', 'Suzhou'],
  hangzhou: ['330100', '杭州市', 'Hangzhou'],
  guangzhou: ['440100', '广州市', 'Guangzhou'],
  zhuhai: ['440400', '珠海市', 'Zhuhai'],
  dongguan: ['441900', '东莞市', 'Dongguan'],
  fuzhou: ['350100', '福州市', 'Fuzhou'],
  jinan: ['370100', '济南市', 'Jinan'],
  foshan: ['440600', '佛山市', 'Foshan'],
  zhongshan: ['442000', '中山市', 'Zhongshan'],
};
const place = (key) => {
  const [adcode, zh, en] = PLACES[key];
  if (adcode && (adcode.startsWith('65') || adcode.startsWith('52')) && geoNames.size) {
    const g = geoNames.get(adcode);
    if (!g) throw new Error(`prefecture ${adcode} (${zh}) is not in data/geo`);
  }
  return { adcode, name: { zh, en } };
};
const P = {
  beijing: '110000', tianjin: '120000', hebei: '130000', shanxi: '140000', innerMongolia: '150000',
  liaoning: '210000', jilin: '220000', heilongjiang: '230000', shanghai: '310000', jiangsu: '320000',
  zhejiang: '330000', anhui: '340000', fujian: '350000', jiangxi: '360000', shandong: '370000',
  henan: '410000', hubei: '420000', hunan: '430000', guangdong: '440000', guangxi: '450000',
  chongqing: '500000', sichuan: '510000', guizhou: '520000', yunnan: '530000', tibet: '540000',
  shaanxi: '610000', gansu: '620000', qinghai: '630000', ningxia: '640000', xinjiang: '650000',
};
const zhOf = (code) => prov.get(code).name.zh;
const enOf = (code) => prov.get(code).name.en;
/** A party: province key, optional place key, optional institution [zh, en]. */
const party = (provKey, placeKey = null, inst = null) => ({
  adcode: P[provKey],
  place: placeKey ? place(placeKey) : null,
  institution: inst ? { zh: inst[0], en: inst[1] } : null,
});
const label = (pt, lang) => {
  const base = lang === 'zh' ? zhOf(pt.adcode) : enOf(pt.adcode);
  if (pt.institution) return lang === 'zh' ? pt.institution.zh : pt.institution.en;
  if (pt.place) return lang === 'zh' ? `${base}${pt.place.name.zh}` : `${pt.place.name.en} (${base})`;
  return base;
};
const T = (zh, en) => ({ zh, en });

// ---------------------------------------------------------------- sources
const src = (id, kind, publisher, title, date, locator, url, confidence, note = null) => ({
  id, kind, publisher: T(...publisher), title: T(...title), date, locator, url, vintage: null, confidence,
  note: note ? T(...note) : null,
});
const reprint = (site, extra = '') => [
  `本项目核对的是转载于 ${site} 的文本，该网站不是原发布者，故不给链接。${extra}`.trim(),
  `The text was checked in a reprint on ${site}, which is not the original publisher, so no link is given.${extra ? ' ' + extra : ''}`,
];
const reprint2 = (site, zhExtra, enExtra) => [
  `本项目核对的是转载于 ${site} 的文本，该网站不是原发布者，故不给链接。${zhExtra}`,
  `The text was checked in a reprint on ${site}, which is not the original publisher, so no link is given. ${enExtra}`,
];
const SOURCES = [
  src('pair-src-scio-2011-white-paper', 'policy',
    ['国务院新闻办公室', 'State Council Information Office'],
    ['《中国农村扶贫开发的新进展》白皮书', 'White paper “New Progress in Development-Oriented Poverty Reduction Program for Rural China”'],
    '2011-11', '表2“2001—2010年东西部扶贫协作关系”及其注（2010年6月部分调整：山东改为帮扶重庆；厦门改为帮扶甘肃临夏；珠海改为帮扶四川凉山）', null, 'high',
    reprint2('japanese.china.org.cn（白皮书日文版，2011-12-19）', '表题按日文版「2001〜2010年東西部扶貧協作関係」回译；中文原版未核对。',
      'That is the Japanese edition (2011-12-19); the table title is translated back from its Japanese title, and the Chinese original was not checked.')),
  src('pair-src-iprcc-yearbook-2010-zhuhai-chongqing', 'statistics',
    ['《中国扶贫开发年鉴》编辑部（中国国际扶贫中心网站刊载）', 'China Poverty Alleviation and Development Yearbook (published on the International Poverty Reduction Center in China website)'],
    ['珠海市——重庆市东西扶贫协作', 'Zhuhai–Chongqing East–West poverty-alleviation collaboration'],
    '2010', '《中国扶贫开发年鉴2010》“珠海市——重庆市东西扶贫协作”条，【概况】（“2002年始，珠海与重庆市建立东西扶贫协作关系，对口帮扶重庆市大巴山区的巫山、巫溪、奉节3个县”）',
    'https://yearbook.iprcc.org.cn/zggjfpzxnj/2010njzw/ldxxzp/382409.shtml', 'high'),
  src('pair-src-xinhua-2016-07-27', 'news',
    ['新华社（中国网刊发）', 'Xinhua News Agency (published on china.org.cn)'],
    ['东西扶贫协作二十年 宁夏闽宁旧貌换新颜', 'Twenty years of East–West poverty-alleviation collaboration: Minning, Ningxia, transformed'],
    '2016-07-27', '新华社图片说明，中国网 2016-07-27（“1996年，中央安排北京、天津、辽宁、上海、江苏、浙江、福建、山东、广东等东部9省(市)和深圳、宁波、青岛、大连4个计划单列市对口帮扶西部10个省(区、市)”）',
    'http://cn.chinagate.cn/news/2016-07/27/content_38964968_3.htm', 'high'),
  src('pair-src-xinhua-2016-12-ew-guidance', 'news',
    ['新华社', 'Xinhua News Agency'],
    ['中办国办印发《关于进一步加强东西部扶贫协作工作的指导意见》', 'General Offices of the CPC Central Committee and the State Council issue the Guiding Opinions on further strengthening East–West poverty-alleviation collaboration'],
    '2016-12-08', '宁波日报 2016年12月8日 A16版（刊发新华社电）；“调整东西部扶贫协作结对关系”一节', 'http://daily.cnnb.com.cn/nbrb/html/2016-12/08/content_1015203.htm', 'high',
    ['本项目所据摘录在“宁波市帮扶吉林省延边州、贵州省黔西南州”之后中断，其后的结对关系（山东、福建、广东及其城市等）未能在此核对；其中多数另据各自的报道收录（见各条）。',
      'The excerpt used breaks off after “Ningbo helps Yanbian (Jilin) and Qianxinan (Guizhou)”; the pairs after that (Shandong, Fujian, Guangdong and their cities, etc.) could not be checked here, and most are recorded from reports of their own (see each pairing).']),
  src('pair-src-ningbo-daily-2017-05-16', 'news',
    ['宁波日报', 'Ningbo Daily'],
    ['宁波再担国家对口帮扶重任 帮吉林延边州', 'Ningbo takes on another national paired-assistance task: helping Yanbian, Jilin'],
    '2017-05-16', '宁波日报 2017-05-16', null, 'medium-high',
    reprint('浙江在线（zjnews.zjol.com.cn）')),
  src('pair-src-gansu-daily-2021-12-06', 'news',
    ['甘肃日报（中国甘肃网）', 'Gansu Daily (gscn.com.cn)'],
    ['天津市甘肃省东西部协作座谈会在天津召开', 'Tianjin–Gansu East–West collaboration symposium held in Tianjin'],
    '2021-12-06', '中国甘肃网 2021-12-06', 'http://gansu.gscn.com.cn/system/2021/12/06/012679551.shtml', 'high'),
  src('pair-src-gansu-daily-2022-08-31', 'news',
    ['甘肃日报', 'Gansu Daily'],
    ['2022年“津陇共振兴”合作交流洽谈会举行', '2022 “Tianjin and Gansu revitalise together” cooperation fair held'],
    '2022-08-31', '甘肃日报 2022-08-31', null, 'high', reprint('gsei.com.cn')),
  src('pair-src-gansu-daily-2021-12-05', 'news',
    ['甘肃日报', 'Gansu Daily'],
    ['山东省·甘肃省东西部协作座谈会在济南召开', 'Shandong–Gansu East–West collaboration symposium held in Jinan'],
    '2021-12-05', '甘肃日报 2021-12-05（济南、青岛—陇南、定西、临夏；职业教育列为协作领域）', null, 'high', reprint('yhg994208.cn')),
  src('pair-src-qingdao-west-coast-2019', 'news',
    ['原发布者未能确定', 'Original publisher not identified'],
    ['［报道］青岛西海岸新区2015年与安顺经开区、2017年与陇南武都区建立扶贫协作关系', '[Report] Qingdao West Coast New Area set up poverty-alleviation collaboration with Anshun Economic Development Zone (2015) and Wudu District, Longnan (2017)'],
    '2019', '报道正文（标题为本项目概括）', null, 'medium-low',
    reprint2('news.iaiso.net', '原发布者与原标题未能确定。', 'The original publisher and headline could not be identified.')),
  src('pair-src-chongqing-daily-2023-07-19', 'news',
    ['重庆日报', 'Chongqing Daily'],
    ['鲁渝协作升级 “山海情”如何续写', 'Shandong–Chongqing collaboration upgraded: how the “mountain and sea” bond continues'],
    '2023-07-19', '重庆日报 2023-07-19（2010年起山东对口协作重庆14个区县；2023年第十九次联席会议）', null, 'high', reprint('cyjjw.net')),
  src('pair-src-jiefang-daily-2023-07-16', 'news',
    ['解放日报', 'Jiefang Daily'],
    ['龚正率上海市代表团赴云南考察对口协作推进落实情况', 'Gong Zheng leads a Shanghai delegation to Yunnan to inspect paired collaboration'],
    '2023-07-16', '解放日报 2023-07-16', null, 'high', reprint('央视网繁体网关（big5.cctv.com）')),
  src('pair-src-jingmeng-2022-07-11', 'news',
    ['原发布者未能确定', 'Original publisher not identified'],
    ['内蒙古京蒙协作助推乡村振兴“进入快车道”', 'Beijing–Inner Mongolia collaboration puts rural revitalisation in Inner Mongolia “on the fast track”'],
    '2022-07-11', '报道正文', null, 'medium', reprint2('jctt100.cn', '原发布者未能确定。', 'The original publisher could not be identified.')),
  src('pair-src-cnr-2024-08-05', 'news',
    ['央广网', 'CNR (cnr.cn)'],
    ['京蒙两地开展网络主题活动', 'Beijing and Inner Mongolia hold an online theme campaign'],
    '2024-08-05', '央广网 2024-08-05（文中称北京与内蒙古自1996年开展东西部协作）', null, 'medium-high', reprint('portal.sina.com.hk')),
  src('pair-src-xhrb-2022-07-22', 'news',
    ['新华日报（交汇点）', 'Xinhua Daily (Jiaohuidian)'],
    ['江苏作为主宾省参加青洽会', 'Jiangsu attends the Qinghai investment fair as guest-of-honour province'],
    '2022-07-22', '新华日报·交汇点 2022-07-22（2010年起对口支援海南州；2016年起东西部扶贫协作西宁、海东；2021年起扩大到青海全省）', null, 'medium-high',
    reprint2('f2djj.com', '标题为本项目按内容概括。', 'The title is the project’s summary of the content.')),
  src('pair-src-zjnews-2021-05', 'news',
    ['浙江新闻客户端（浙江日报报业集团）', 'Zhejiang News app (Zhejiang Daily Press Group)'],
    ['新一轮东西部协作“一对一”，浙江只与四川结对', 'New round of East–West collaboration is “one to one”: Zhejiang pairs with Sichuan only'],
    '2021-05', '浙江新闻客户端 2021年5月', null, 'high', reprint('bbs.bazhongshizx.com')),
  src('pair-src-xinhuanet-2012-10-23', 'news',
    ['新华网', 'Xinhuanet'],
    ['福建16年累计援助7亿多元帮扶宁夏发展', 'Fujian has given over 700 million yuan in 16 years to help Ningxia develop'],
    '2012-10-23', '新华网 2012-10-23（1996—2011年闽宁协作）', null, 'medium-high', reprint('news.sohu.com')),
  src('pair-src-mzb-2021-06-09', 'news',
    ['中国民族报', 'China Ethnic News'],
    ['闽宁两省区签订《“十四五”东西部协作框架协议》', 'Fujian and Ningxia sign a framework agreement on East–West collaboration for the 14th Five-Year Plan'],
    '2021-06-09', '中国民族报 2021-06-09（闽宁协作联席会议在福州召开；协议提出深化教育、医疗等公共服务领域的协作）',
    'http://www.mzb.com.cn/html/report/210630584-1.htm', 'high'),
  src('pair-src-guangdong-2021-05', 'news',
    ['原发布者未能确定', 'Original publisher not identified'],
    ['广东新一轮东西部协作：结对调整，广东负责帮扶广西、贵州', 'Guangdong’s new round of East–West collaboration: pairs adjusted, Guangdong responsible for Guangxi and Guizhou'],
    '2021-05', '报道正文（广东5市21县结对广西8市33个原国定贫困县；广州2016年起帮扶黔南、毕节）', null, 'medium',
    reprint2('hwsss.com', '原发布者未能确定。', 'The original publisher could not be identified.')),
  src('pair-src-guizhou-gov-2021-09-28', 'news',
    ['贵州省人民政府网', 'Guizhou Provincial People’s Government website'],
    ['粤行记｜粤黔对口城市、省直部门东西部协作协议签署', 'Guangdong visit: Guangdong–Guizhou paired cities and provincial departments sign East–West collaboration agreements'],
    '2021-09-28', '贵州省人民政府网 2021-09-28（粤黔教育共建100所协作帮扶示范学校协议，2021—2025）', 'https://www.guizhou.gov.cn/ztzl/yqxspxp/xgdzcjqcx/202109/t20210928_70651418.html', 'high'),
  src('pair-src-guizhou-daily-2016-10-08', 'news',
    ['贵州日报', 'Guizhou Daily'],
    ['对口帮扶二十年：东西部扶贫协作写就了哪些贵州故事', 'Twenty years of paired assistance: the Guizhou stories of East–West poverty-alleviation collaboration'],
    '2016-10-08', '贵州日报 2016-10-08（1996年东部9省市和4个计划单列市帮扶西部10省区；2013年国办发〔2013〕11号新增上海、苏州、杭州、广州帮扶贵州，8个市州一对一）', null, 'high',
    reprint('江苏省扶贫基金会网站（jsfpzx.org.cn）')),
  src('pair-src-xinjiang-aid-2010-list', 'news',
    ['原发布者未能确定', 'Original publisher not identified'],
    ['新一轮对口援疆：19省市对口支援新疆12个地州', 'New round of paired aid to Xinjiang: 19 provinces and cities aid 12 Xinjiang prefectures'],
    '2010', '结对名单全文（逐省市一行）', null, 'medium',
    reprint2('行政区划网论坛（xzqh.info，转帖）', '原发布者未能确定。广东一行写作“农十三师图木舒克市”，图木舒克市属农三师，疑为笔误，未改。河南一行只写哈密。',
      'The original publisher could not be identified. The Guangdong line reads “13th Division, Tumxuk”; Tumxuk belongs to the 3rd Division, so this is probably a typo, left as is. The Henan line names Hami only.')),
  src('pair-src-lhasa-daily-2019', 'news',
    ['拉萨日报', 'Lhasa Daily'],
    ['北京市与拉萨市城关区京藏合作', 'Beijing–Tibet cooperation between Beijing and Chengguan District, Lhasa'],
    '2019', '拉萨日报（约2019年）', null, 'medium',
    reprint2('m.zjtcn.com', '日期为大约。', 'The date is approximate.')),
  src('pair-src-xhrb-2023-06-15', 'news',
    ['新华日报（交汇点）', 'Xinhua Daily (Jiaohuidian)'],
    ['江苏援藏系列报道①', 'Jiangsu’s aid to Tibet, series part 1'],
    '2023-06-15', '新华日报·交汇点 2023-06-15（1994年起对口支援拉萨）', null, 'medium-high', reprint('laowu.nanfei.cn')),
  src('pair-src-tianjin-qamdo-blog', 'news',
    ['博客文章（作者不详）', 'Blog post (author unknown)'],
    ['天津与昌都', 'Tianjin and Qamdo'],
    '2024', '博客文章（约2024年；文中称1994年中央启动对口支援西藏）', null, 'medium-low',
    ['本项目核对的是 tippy.cn 上的博客文章，原作者与原出处未能确定，故不给链接；日期为大约。',
      'The text checked is a blog post on tippy.cn; its author and original outlet could not be identified, so no link is given; the date is approximate.']),
  src('pair-src-tibet-cn-2024', 'news',
    ['中国西藏网', 'China Tibet Online (tibet.cn)'],
    ['专题：对口援藏30年', 'Special: 30 years of paired aid to Tibet'],
    '2024', '中国西藏网 2024年专题“援藏30年”（浙江援藏那曲等）', 'http://tibet.cn/cn/zt2024/yz30y/yzyw', 'medium-high'),
  src('pair-src-qusong-gov-2021-10-14', 'news',
    ['曲松县人民政府网', 'Qusum County People’s Government website'],
    ['湖北·西藏对口支援工作座谈会', 'Hubei–Tibet paired-assistance symposium'],
    '2021-10-14', '曲松县人民政府网 2021-10-14（湖北对口支援山南）', 'http://www.qusong.gov.cn/zjqs/yzgz/yzxw/202110/t20211014_90480.html', 'medium-high'),
  src('pair-src-shanghai-dingri-2018', 'news',
    ['上海市第八批援藏干部定日联络小组（据转载）', 'Shanghai’s 8th aid-to-Tibet cadre group, Tingri liaison team (per the reprint)'],
    ['上海市第八批援藏定日联络小组工作报道', 'Report on the work of Shanghai’s 8th aid-to-Tibet Tingri liaison team'],
    '2018-07-30', '2018-07-30 报道（日喀则市定日县）；标题为本项目概括', null, 'medium',
    reprint2('tongyaocups.com', '原发布者与原标题未能确定。', 'The original publisher and headline could not be identified.')),
  src('pair-src-chinanews-2025-09-25', 'news',
    ['中国新闻网', 'China News Service (chinanews.com.cn)'],
    ['上海援青十五载', 'Fifteen years of Shanghai’s aid to Qinghai'],
    '2025-09-25', '中新网 2025-09-25（2010年起对口支援果洛州）', null, 'medium-high', reprint('blog.meiducn.com')),
  src('pair-src-qinghai-daily-2025-07-22', 'news',
    ['青海日报（青海省人民政府网刊发）', 'Qinghai Daily (published on the Qinghai Provincial Government website)'],
    ['浙江援青绘就海西州发展新图景', 'Zhejiang’s aid to Qinghai paints a new picture of Haixi’s development'],
    '2025-07-22', '青海省人民政府网 2025-07-22（浙江对口支援海西州15周年；开办中职班）', 'http://www.qinghai.gov.cn/zwgk/system/2025/07/22/030077625.shtml', 'medium-high'),
  src('pair-src-gov-cn-2016-10-18', 'news',
    ['中国政府网', 'Central Government Portal (gov.cn)'],
    ['两部门将联合印发《职业教育东西协作行动计划（2016—2020年）》', 'Two departments to jointly issue the East–West Vocational Education Collaboration Action Plan (2016–2020)'],
    '2016-10-18', '中国政府网 2016-10-18（东西职业院校协作全覆盖行动；东西中职招生兜底行动；职业院校参与东西劳务协作）', 'http://www.gov.cn/xinwen/2016-10/18/content_5120378.htm', 'high',
    ['经中国政府网自身的繁体网关（big5.www.gov.cn）核对。', 'Checked through gov.cn’s own traditional-Chinese gateway (big5.www.gov.cn).']),
  src('pair-src-moe-2017-dianxi', 'policy',
    ['教育部办公厅', 'General Office of the Ministry of Education'],
    ['教育部办公厅关于印发《职业教育东西协作行动计划滇西实施方案（2017—2020年）》的通知', 'Notice of the MOE General Office on issuing the Western Yunnan Implementation Plan of the East–West Vocational Education Collaboration Action Plan (2017–2020)'],
    '2017-09-07', '教职成厅〔2017〕4号', null, 'high',
    reprint2('jpzx.net', '所据文本未列出参与协作的东部省市。', 'The text used does not list the participating eastern provinces or cities.')),
  src('pair-src-tibet-class-2010', 'news',
    ['原发布者未能确定', 'Original publisher not identified'],
    ['首批内地西藏中职班学子赴内地12个省市42所学校就读', 'First inland Tibet secondary vocational class students leave for 42 schools in 12 inland provinces and cities'],
    '2010', '报道正文（“国家决定从2010年起，在天津、河北、辽宁等内地12个省市42所国家重点中等职业学校举办内地西藏中职班”）', null, 'medium',
    reprint2('liuweiwei.org（查字典资讯网）', '原发布者未能确定。', 'The original publisher could not be identified.')),
  src('pair-src-xinhua-2012-04-17', 'news',
    ['新华社', 'Xinhua News Agency'],
    ['内地西藏、新疆中职班在校人数三年内将超两万人', 'Enrolment in inland Tibet and Xinjiang secondary vocational classes to exceed 20,000 within three years'],
    '2012-04-17', '新华社乌鲁木齐2012年4月17日电（中国政府网“今日中国”栏目刊发，jrzg/2012-04/17/content_2115714）', null, 'high',
    reprint2('afdelivr.top（中国政府网页面的镜像）', '', 'The page mirrors a gov.cn page; the gov.cn original was not opened.')),
  src('pair-src-chinanews-2009-08-12', 'news',
    ['中国新闻社', 'China News Service'],
    ['内地部分省市中等职业学校设立西藏班', 'Secondary vocational schools in some inland provinces and cities set up Tibet classes'],
    '2009-08-12', '中新社 2009-08-12（规划：11省市60所）', null, 'medium', reprint('nbnewpower.cn')),
  src('pair-src-xinhua-2011-10-19', 'news',
    ['新华社', 'Xinhua News Agency'],
    ['首批内地新疆中职班学生天津开课（图片新闻）', 'First inland Xinjiang secondary vocational class students start lessons in Tianjin (photo story)'],
    '2011-10-19', '新华社图片说明，中国政府网2011-10-19刊发（“2011年首批学生将在天津、辽宁、上海等9个东中部省(市)的31所国家重点中等职业学校学习”）', null, 'medium-high',
    reprint('520zcw.cn')),
  src('pair-src-gov-cn-2013-02-21', 'news',
    ['新华社（中国政府网刊发）', 'Xinhua News Agency (published on gov.cn)'],
    ['宁夏借助东部沿海地区教育资源累计培养中职生8万多人', 'Ningxia has trained over 80,000 secondary vocational students with the help of eastern coastal education resources'],
    '2013-02-21', '中国政府网 2013-02-21', 'http://www.gov.cn/jrzg/2013-02/21/content_2337394.htm', 'high',
    ['经中国政府网自身的繁体网关（big5.www.gov.cn）核对。', 'Checked through gov.cn’s own traditional-Chinese gateway (big5.www.gov.cn).']),
  src('pair-src-jiangsu-yili-2024', 'paper',
    ['期刊不详（据数据库编号推测为《职业技术教育》）', 'Journal not confirmed (the database record code suggests Vocational and Technical Education)'],
    ['东西协作推动职业教育共同高质量发展的实践研究——以江苏职教援疆（伊犁）为例', 'East–West collaboration for the common high-quality development of vocational education: the case of Jiangsu’s vocational aid to Xinjiang (Ili)'],
    '2024', '论文摘要（数据库记录 010zyjsjy202436012，推测为2024年第36期）', null, 'medium-low',
    ['只见到文献检索网站（search.napstic.cn）上的摘要，未读到全文；期刊名与期号由记录编号推测。',
      'Only the abstract on a literature-search site (search.napstic.cn) was seen, not the full text; the journal and issue are inferred from the record code.']),
  src('pair-src-people-guizhou-2025-11', 'news',
    ['人民网贵州频道', 'People’s Daily Online, Guizhou channel'],
    ['2025年“粤黔协作”帮扶促就业现场对接活动在毕节职业技术学院举行', '2025 Guangdong–Guizhou collaboration employment-matching event held at Bijie Vocational and Technical College'],
    '2025-11', '人民网贵州频道 2025年11月', null, 'medium', reprint('网易号（163.com）')),
  src('pair-src-gz-jidian-2024-12-03', 'news',
    ['原发布者未能确定', 'Original publisher not identified'],
    ['广州市机电技师学院与毕节工业职业技术学院结对交流', 'Guangzhou Mechanical and Electrical Technician College and Bijie Industry Polytechnic hold a paired exchange'],
    '2024-12-03', '报道正文', null, 'medium-low',
    reprint2('wxredian.com', '原发布者未能确定（可能是院校公众号文章）。', 'The original publisher could not be identified (possibly a college’s WeChat account).')),
];
// The rest of the December 2016 list (after Ningbo), each pair from a source of its own.
SOURCES.push(
  src('pair-src-nandu-2020-11-17', 'news',
    ['南方都市报（南都APP）', 'Southern Metropolis Daily (Nandu app)'],
    ['脱贫了！佛山对口帮扶凉山的贫困县已全部清零', 'Out of poverty: every poor county of Liangshan helped by Foshan has left the list'],
    '2020-11-17', '南都APP 2020-11-17（“早在2016年，佛山按照中央和广东省委省政府部署，承担起对口凉山扶贫协作任务”）',
    'https://m.mp.oeeee.com/a/BAAFRD000020201117381381.html', 'medium-high'),
  src('pair-src-southcn-2020-10-16', 'news',
    ['南方日报（南方+）', 'Southern Daily (Nanfang+)'],
    ['珠海&怒江：山海同心小康路，兑现了哪些承诺？', 'Zhuhai and Nujiang: the road to moderate prosperity — which promises were kept?'],
    '2020-10-16', '南方日报 2020-10-16（“自2016年底开展东西部扶贫协作以来，珠海市……倾心倾力倾智帮扶怒江”）',
    'https://static.nfapp.southcn.com/content/202010/16/c4161658.html', 'medium-high'),
  src('pair-src-dutenews-2022-10-15', 'news',
    ['东莞+（东莞日报社客户端）', 'Dongguan+ (app of Dongguan Daily)'],
    ['非凡十年·东莞答卷｜真情实意对口帮扶 真抓实干共同奔小康', 'A remarkable decade, Dongguan’s answers: sincere paired assistance, real work for common prosperity'],
    '2022-10-15', '东莞+ 2022-10-15（“2016年9月3日，广东与云南扶贫协作工作联席会议召开，确定东莞对口帮扶云南昭通6县(区)”）',
    'https://m.dutenews.com/n/article/7115675', 'medium-high'),
  src('pair-src-zhaotong-daily-2019-08-22', 'news',
    ['昭通日报（“微昭通”公众号刊发）', 'Zhaotong Daily (published on the “Wei Zhaotong” WeChat account)'],
    ['东西部携手奏响扶贫交响曲', 'East and West play a poverty-alleviation symphony together'],
    '2019-08-22', '编者按（“2016年9月，广东中山、东莞对口帮扶云南昭通，拉开了东西部扶贫协作新征程”）', null, 'medium',
    reprint('freewechat.com（公众号文章存档）')),
  src('pair-src-people-sz-2020-08-23', 'news',
    ['人民网深圳频道', 'People’s Daily Online, Shenzhen channel'],
    ['［报道］深圳帮扶百色、河池', '[Report] Shenzhen’s help for Baise and Hechi'],
    '2020-08-23', '人民网深圳频道 2020-08-23（“2016年，根据中央部署，广东省派出以深圳市为主体的广东省第二扶贫协作工作组，具体负责粤桂两省区扶贫协作工作”）；标题为本项目概括',
    'http://sz.people.com.cn/BIG5/n2/2020/0823/c202846-34245067.html', 'medium-high',
    ['经人民网自身的繁体网关核对；标题未见，为本项目按内容概括。', 'Checked through people.com.cn’s own traditional-Chinese gateway; the headline was not seen and is the project’s summary.']),
  src('pair-src-xinhua-2019-09-21', 'news',
    ['新华社', 'Xinhua News Agency'],
    ['［报道］重庆市东西部扶贫协作工作推进会：山东三年累计援助资金13.17亿元', '[Report] Chongqing East–West poverty-collaboration meeting: Shandong’s aid over three years'],
    '2019-09-21', '新华社重庆9月21日电（“2016年7月，根据国家东西部扶贫协作工作部署，山东省和重庆市进一步加强扶贫协作……山东省14个市、区(县)与重庆市14个贫困区县扶贫协作结对”）；标题为本项目概括', null, 'medium-high',
    reprint2('feifmx.com', '标题为本项目概括。', 'The headline is the project’s summary.')),
  src('pair-src-gansu-daily-2017-08-10', 'news',
    ['甘肃日报', 'Gansu Daily'],
    ['青岛陇南东西扶贫协作稳步推进', 'Qingdao–Longnan East–West poverty collaboration advances steadily'],
    '2017-08-10', '甘肃日报 2017-08-10（“自去年10月中央确定青岛市结对帮扶陇南市以来”）', null, 'medium-high',
    reprint('lfbxx.com')),
  src('pair-src-tuanjiebao-2018-05-25', 'news',
    ['团结报（湘西土家族苗族自治州）', 'Tuanjie Bao (Xiangxi Prefecture daily)'],
    ['济南槐荫区党政代表团来花垣考察调研扶贫协作工作', 'Party and government delegation of Huaiyin District, Jinan, visits Huayuan on poverty collaboration'],
    '2018-05-25', '团结报 2018-05-25（济南市槐荫区—湘西州花垣县东西部扶贫协作座谈会）',
    'http://www.xxnet.com.cn/szb/tjbpc/201805/25/c11601.html', 'medium-high'),
  src('pair-src-fznews-2021-02-04', 'news',
    ['福州日报（福州新闻网）', 'Fuzhou Daily (fznews.com.cn)'],
    ['福州·定西扶贫协作前方指挥部工作队获表彰', 'Fuzhou–Dingxi poverty-collaboration front team honoured'],
    '2021-02-04', '福州新闻网 2021-02-04（“2017年福州市与甘肃定西市签署《东西部扶贫协作框架协议》以来”）',
    'http://m.fznews.com.cn/dsxw/20210204/601c05800d389.shtml', 'medium-high'),
  src('pair-src-minzu-daily-2019-01-20', 'news',
    ['民族日报（临夏）', 'Minzu Daily (Linxia)'],
    ['山海牵手共绘发展蓝图——厦门市临夏市2018年东西部扶贫协作工作纪实', 'Mountains and sea draw a blueprint together: Xiamen and Linxia City’s East–West poverty collaboration in 2018'],
    '2019-01-20', '民族日报 2019-01-20（“2017年8月……临夏市与厦门市思明区成功达成东西扶贫协作协议”）', null, 'medium',
    reprint('m.yybnet.net')),
  src('pair-src-people-nx-2021-05-31', 'news',
    ['人民网宁夏频道', 'People’s Daily Online, Ningxia channel'],
    ['［评论］闽宁协作第二十五次联席会议召开', '[Commentary] 25th Fujian–Ningxia joint meeting'],
    '2021-05-31', '人民网宁夏频道 2021-05-31（“闽宁协作第二十五次联席会议在福建省福州市隆重召开”；“25年从不间断的脱贫互助历程”）；标题为本项目概括',
    'http://nx.people.com.cn/n2/2021/0531/c192482-34752647.html', 'medium-high',
    ['标题未见，为本项目按内容概括。', 'The headline was not seen and is the project’s summary.']),
);
const sourceIds = new Set([...SOURCES.map((s) => s.id), GAO, 'paper-zhengzhou-hub']);

// ---------------------------------------------------------------- programmes
const PROGRAMMES = [
  { id: 'ew-poverty-1996', name: T('东西部扶贫协作（1996年起）', 'East–West poverty-alleviation collaboration (from 1996)'), startYear: 1996, endYear: 2016,
    sourceIds: ['pair-src-scio-2011-white-paper', 'pair-src-guizhou-daily-2016-10-08'] },
  { id: 'ew-poverty-2016', name: T('东西部扶贫协作（2016年12月调整，2016—2020年）', 'East–West poverty-alleviation collaboration (pairs adjusted December 2016, 2016–2020)'), startYear: 2016, endYear: 2020,
    sourceIds: ['pair-src-xinhua-2016-12-ew-guidance'] },
  { id: 'ew-2021', name: T('东西部协作（2021年起新一轮）', 'East–West collaboration (new round from 2021)'), startYear: 2021, endYear: null,
    sourceIds: ['pair-src-zjnews-2021-05', 'pair-src-guangdong-2021-05', 'pair-src-gansu-daily-2021-12-06', 'pair-src-gansu-daily-2021-12-05'] },
  { id: 'xinjiang-aid', name: T('对口支援新疆（2010年起新一轮，19省市）', 'Paired aid to Xinjiang (new round from 2010, 19 provinces and cities)'), startYear: 2010, endYear: null,
    sourceIds: ['pair-src-xinjiang-aid-2010-list'] },
  { id: 'tibet-aid', name: T('对口支援西藏（1994年起）', 'Paired aid to Tibet (from 1994)'), startYear: 1994, endYear: null,
    sourceIds: ['pair-src-tibet-cn-2024', 'pair-src-xhrb-2023-06-15'] },
  { id: 'qinghai-aid', name: T('对口支援青海（2010年起）', 'Paired aid to Qinghai (from 2010)'), startYear: 2010, endYear: null,
    sourceIds: ['pair-src-qinghai-daily-2025-07-22', 'pair-src-xhrb-2022-07-22', 'pair-src-chinanews-2025-09-25'] },
  { id: 'guizhou-aid-2013', name: T('对口帮扶贵州（国办发〔2013〕11号）', 'Paired assistance to Guizhou (State Council General Office document [2013] No. 11)'), startYear: 2013, endYear: 2016,
    sourceIds: ['pair-src-guizhou-daily-2016-10-08'] },
  { id: 'tibet-class', name: T('内地西藏中职班（2010年起）', 'Inland secondary vocational classes for Tibet (from 2010)'), startYear: 2010, endYear: null,
    sourceIds: ['pair-src-tibet-class-2010', 'pair-src-xinhua-2012-04-17', GAO] },
  { id: 'xinjiang-class', name: T('内地新疆中职班（2011年起）', 'Inland secondary vocational classes for Xinjiang (from 2011)'), startYear: 2011, endYear: null,
    sourceIds: ['pair-src-xinhua-2011-10-19', 'pair-src-xinhua-2012-04-17'] },
  { id: 'ningxia-joint-enrolment', name: T('宁夏中等职业教育东西部联合招生合作办学（2005年起）', 'Ningxia’s East–West joint enrolment and cooperative schooling in secondary vocational education (from 2005)'), startYear: 2005, endYear: null,
    sourceIds: [GAO, 'pair-src-gov-cn-2013-02-21'] },
  { id: 'vet-ew-action-plan', name: T('职业教育东西协作行动计划（2016—2020年）', 'East–West Vocational Education Collaboration Action Plan (2016–2020)'), startYear: 2016, endYear: 2020,
    sourceIds: ['pair-src-gov-cn-2016-10-18', GAO] },
  { id: 'dianxi-plan', name: T('职业教育东西协作行动计划滇西实施方案（2017—2020年）', 'Western Yunnan Implementation Plan of the East–West Vocational Education Collaboration Action Plan (2017–2020)'), startYear: 2017, endYear: 2020,
    sourceIds: ['pair-src-moe-2017-dianxi', GAO] },
  { id: 'named-case', name: T('论文点名的院校、企业与省域案例', 'Institution, enterprise and provincial cases named in the paper'), startYear: 2019, endYear: null,
    sourceIds: [GAO] },
];

// The general frameworks (poverty-alleviation collaboration, paired aid) are not classified by
// the paper: the atlas gives their relationships the policy-driven model by rule, and says so.
const RULED = new Set(['ew-poverty-1996', 'guizhou-aid-2013', 'ew-poverty-2016', 'ew-2021', 'xinjiang-aid', 'tibet-aid', 'qinghai-aid']);
const MODEL_RULE = T(
  '模式归属是本图谱的解读，不是论文的分类：这一总体框架下的结对，凡没有来源另作归类的，按构建规则一律记为政策驱动帮扶型（由中央安排东部对口帮扶或支援西部）。论文把该模式写作2005年《国务院关于大力发展职业教育的决定》之后的主要模式、2016年后“逐步升级转向”资源互补合作型；在此之前或之后开始的结对也照此归类。',
  'The model is the atlas’s interpretation, not the paper’s classification: relationships of this general framework that no source classifies otherwise are all given the policy-driven model by rule (the centre assigns eastern partners to help or aid the west). The paper describes that model as the main one after the State Council’s 2005 Decision on vigorously developing vocational education, “gradually upgrading” to the resource-complementary model after 2016; relationships that began before or after that period are classified the same way.');
for (const g of PROGRAMMES) {
  const { sourceIds: ids, ...rest } = g;
  for (const k of Object.keys(g)) delete g[k];
  Object.assign(g, rest, { modelRule: RULED.has(rest.id) ? MODEL_RULE : null, sourceIds: ids });
}

// ---------------------------------------------------------------- pairings
const pairings = [];
/** Their texts, written to descriptions.json: only the map's detail panel reads them. */
const descriptions = [];
const usedRows = new Map(); // CSV row number (1-based data row) -> pairing ids
const yearOf = (id) => Number(SOURCES.find((s) => s.id === id)?.date.slice(0, 4) ?? (id === GAO ? 2025 : NaN));
/**
 * `startYear` is when the relationship began as a source states it, or null (then `startNote`
 * says why it is unknown). `firstDocumented` is the earliest year a cited source shows the
 * relationship in place, and that source; the map draws a relationship of unknown start from
 * that year, with the caveat. When the start is known and no `firstDocumented` is given, it is
 * the start year, shown by the first cited source published in or after it.
 */
const add = (p) => {
  const { rows, ...rest } = p;
  for (const r of rows ?? []) usedRows.set(r, [...(usedRows.get(r) ?? []), p.id]);
  if (rest.startYear === null && !rest.startNote) throw new Error(`${rest.id}: unknown start needs a startNote`);
  const firstDocumented = rest.firstDocumented ?? (() => {
    const sourceId = rest.sourceIds.find((id) => yearOf(id) >= rest.startYear);
    if (!sourceId) throw new Error(`${rest.id}: no cited source published in or after ${rest.startYear}`);
    return { year: rest.startYear, sourceId };
  })();
  const byRule = RULED.has(rest.programme) && rest.model === 'policy-driven' && !rest.modelFromPaper;
  pairings.push({
    id: rest.id, east: rest.east, west: rest.west, programme: rest.programme, model: rest.model,
    ...(byRule ? { modelByRule: true } : {}),
    startYear: rest.startYear, startNote: rest.startNote ?? null, firstDocumented,
    endYear: rest.endYear ?? null, resources: rest.resources ?? [],
    interpretation: rest.interpretation ?? null,
    confidence: rest.confidence, sourceIds: rest.sourceIds,
  });
  descriptions.push({ id: rest.id, description: rest.description, exemplars: rest.exemplars ?? [] });
};
/** The first year a record is drawn in: its start, else the year it was first documented. */
const shownFrom = (p) => p.startYear ?? p.firstDocumented.year;
const GENERIC_ZH = '这是东西部协作的总体框架（并非职业教育专项），职业教育协作在这一框架内开展。';
const GENERIC_EN = 'This is the general East–West framework (not specific to vocational education) within which vocational collaboration takes place.';
const AID_ZH = '这是对口支援的总体安排（并非职业教育专项），职业教育援助在这一框架内开展。';
const AID_EN = 'This is the general paired-aid arrangement (not specific to vocational education) within which vocational aid takes place.';

// --- (1) 1996 arrangement, white paper Table 2 (CSV rows 21–31)
const WP = 'pair-src-scio-2011-white-paper';
const ew1996 = (slug, east, west, row, opts = {}) => {
  const e = party(...east), w = party(...west);
  const start = opts.startYear === undefined ? 1996 : opts.startYear, end = opts.endYear ?? 2016;
  const zhStart = start === 1996
    ? '白皮书表2列出的是2001—2010年的结对关系。起始年取1996年：新华社2016年报道，1996年中央安排北京、天津、辽宁、上海、江苏、浙江、福建、山东、广东9省市和深圳、宁波、青岛、大连4个计划单列市对口帮扶西部10个省区，正是表2中除重庆一行以外的帮扶方和受援方；1996年的逐对名单本项目没有见到原文。'
    : '';
  const enStart = start === 1996
    ? 'The white paper’s Table 2 lists the pairs for 2001–2010. Start year 1996: Xinhua (2016) reports that in 1996 the centre assigned Beijing, Tianjin, Liaoning, Shanghai, Jiangsu, Zhejiang, Fujian, Shandong and Guangdong and the cities of Shenzhen, Ningbo, Qingdao and Dalian to help ten western provinces and regions, exactly the helpers and helped of Table 2 other than its Chongqing line; the 1996 pair-by-pair list itself was not seen.'
    : '';
  add({
    id: `ew-1996-${slug}`, east: e, west: w, programme: 'ew-poverty-1996', model: 'policy-driven',
    startYear: start, startNote: opts.startNote ?? null,
    firstDocumented: opts.firstDocumented ?? (start === 1996 ? { year: 1996, sourceId: 'pair-src-xinhua-2016-07-27' } : undefined),
    endYear: end, rows: [row],
    description: T(
      `东西部扶贫协作结对：${label(e, 'zh')}帮扶${label(w, 'zh')}。${opts.zh ?? ''}${zhStart}${end === 2016 ? '结束年取2016年：2016年12月东西部扶贫协作结对关系调整。' : ''}${GENERIC_ZH}`,
      `East–West poverty-alleviation pair: ${label(e, 'en')} helps ${label(w, 'en')}. ${opts.en ? opts.en + ' ' : ''}${enStart ? enStart + ' ' : ''}${end === 2016 ? 'End year 2016: the pairs were adjusted in December 2016. ' : ''}${GENERIC_EN}`),
    confidence: opts.confidence ?? 'high',
    sourceIds: opts.sourceIds ?? [WP, 'pair-src-xinhua-2016-07-27', 'pair-src-guizhou-daily-2016-10-08'],
  });
};
ew1996('beijing-inner-mongolia', ['beijing'], ['innerMongolia'], 21);
ew1996('tianjin-gansu', ['tianjin'], ['gansu'], 22);
ew1996('liaoning-qinghai', ['liaoning'], ['qinghai'], 23, {
  zh: '2016年结对调整后，青海西宁、海东改由江苏帮扶；辽宁此后的结对未在所据摘录中。',
  en: 'After the 2016 adjustment Jiangsu took over Xining and Haidong; Liaoning’s later pairs are not in the excerpt used.' });
ew1996('shanghai-yunnan', ['shanghai'], ['yunnan'], 24);
ew1996('jiangsu-shaanxi', ['jiangsu'], ['shaanxi'], 25);
ew1996('zhejiang-sichuan', ['zhejiang'], ['sichuan'], 26);
ew1996('fujian-ningxia', ['fujian'], ['ningxia'], 27, {
  zh: '即“闽宁协作”（新华网2012年报道：福建1996—2011年累计援助7亿多元）。',
  en: 'This is the Fujian–Ningxia (Min–Ning) collaboration (Xinhuanet, 2012: Fujian gave over 700 million yuan in 1996–2011).',
  sourceIds: [WP, 'pair-src-xinhua-2016-07-27', 'pair-src-xinhuanet-2012-10-23', 'pair-src-guizhou-daily-2016-10-08'] });
ew1996('shandong-xinjiang', ['shandong'], ['xinjiang'], 28, { endYear: 2010,
  zh: '结束年取2010年：白皮书注明2010年6月部分调整，山东改为帮扶重庆（山东随后对口支援新疆喀什地区四县，见“对口支援新疆”）。',
  en: 'End year 2010: the white paper notes that in the June 2010 partial adjustment Shandong switched to helping Chongqing (Shandong then aided four counties of Kashgar; see “Paired aid to Xinjiang”).' });
ew1996('guangdong-guangxi', ['guangdong'], ['guangxi'], 29);
// Chongqing became a municipality in March 1997: it is not among the ten western provinces and
// regions of the 1996 arrangement, so these two pairs did not start in 1996 (ids kept for links).
ew1996('zhuhai-chongqing', ['guangdong', 'zhuhai'], ['chongqing'], 30, { startYear: 2002, endYear: 2010,
  zh: '白皮书表2把珠海、厦门一起列为重庆的帮扶方，此处按东部城市拆为两条。起始年取2002年：《中国扶贫开发年鉴2010》载“2002年始，珠海与重庆市建立东西扶贫协作关系”，对口帮扶巫山、巫溪、奉节3县（重庆1997年才设直辖市，不在1996年的安排之内）。结束年取2010年：2010年6月调整后珠海改为帮扶四川凉山。',
  en: 'Table 2 lists Zhuhai and Xiamen together as Chongqing’s partners; split here into one pairing per eastern city. Start year 2002: the China Poverty Alleviation and Development Yearbook 2010 says “from 2002 Zhuhai set up East–West poverty collaboration with Chongqing”, helping Wushan, Wuxi and Fengjie counties (Chongqing became a municipality only in 1997 and is not in the 1996 arrangement). End year 2010: after the June 2010 adjustment Zhuhai switched to Liangshan, Sichuan.',
  sourceIds: [WP, 'pair-src-iprcc-yearbook-2010-zhuhai-chongqing'] });
ew1996('xiamen-chongqing', ['fujian', 'xiamen'], ['chongqing'], 30, { startYear: null, endYear: 2010,
  startNote: T(
    '起始年不详：重庆1997年才设直辖市，不在1996年东部9省市和4个计划单列市帮扶西部10省区的安排之内；厦门开始帮扶重庆的年份在所查来源中没有找到。地图从2001年起画出：白皮书表2把厦门—重庆列为2001—2010年的结对关系。',
    'Start unknown: Chongqing became a municipality only in 1997 and is not among the ten western provinces and regions of the 1996 arrangement; the year Xiamen began helping Chongqing was not found in the sources searched. The map draws it from 2001: the white paper’s Table 2 lists Xiamen–Chongqing among the pairs of 2001–2010.'),
  firstDocumented: { year: 2001, sourceId: WP },
  zh: '白皮书表2把珠海、厦门一起列为重庆的帮扶方，此处按东部城市拆为两条。结束年取2010年：2010年6月调整后厦门改为帮扶甘肃临夏。',
  en: 'Table 2 lists Zhuhai and Xiamen together as Chongqing’s partners; split here into one pairing per eastern city. End year 2010: after the June 2010 adjustment Xiamen switched to Linxia, Gansu.',
  confidence: 'medium', sourceIds: [WP] });
for (const [slug, prv, city] of [['dalian', 'liaoning', 'dalian'], ['ningbo', 'zhejiang', 'ningbo'], ['qingdao', 'shandong', 'qingdao'], ['shenzhen', 'guangdong', 'shenzhen']]) {
  ew1996(`${slug}-guizhou`, [prv, city], ['guizhou'], 31, {
    zh: `白皮书表2把大连、宁波、青岛、深圳四个计划单列市一起列为贵州的帮扶方，此处按城市拆为四条；表中未写各市对应贵州哪个市州。${slug === 'qingdao' ? '另据报道，青岛西海岸新区2015年与安顺经开区建立扶贫协作关系。' : ''}`,
    en: `Table 2 lists the four cities with provincial-level planning status — Dalian, Ningbo, Qingdao and Shenzhen — together as Guizhou’s partners; split here into one pairing per city. The table does not say which Guizhou prefecture each city helped.${slug === 'qingdao' ? ' A report also says Qingdao West Coast New Area set up poverty collaboration with Anshun Economic Development Zone in 2015.' : ''}`,
    sourceIds: slug === 'qingdao' ? [WP, 'pair-src-xinhua-2016-07-27', 'pair-src-guizhou-daily-2016-10-08', 'pair-src-qingdao-west-coast-2019'] : undefined,
  });
}
ew1996('shandong-chongqing', ['shandong'], ['chongqing'], 21, { startYear: 2010,
  zh: '据白皮书表2注，2010年6月部分调整，山东改为帮扶重庆（重庆日报2023年：2010年起山东对口协作重庆14个区县）。鲁渝协作2016年以后仍在延续（见2016年一轮的结对；2023年第十九次联席会议）。',
  en: 'Per the note to Table 2, in the June 2010 partial adjustment Shandong switched to helping Chongqing (Chongqing Daily, 2023: from 2010 Shandong was paired with 14 districts and counties of Chongqing). Shandong–Chongqing collaboration went on after 2016 (see the pairing of the 2016 round; 19th joint meeting in 2023).',
  sourceIds: [WP, 'pair-src-chongqing-daily-2023-07-19'] });
ew1996('xiamen-linxia', ['fujian', 'xiamen'], ['gansu', 'linxia'], 21, { startYear: 2010,
  zh: '据白皮书表2注，2010年6月部分调整，厦门改为帮扶甘肃临夏。2016年以后的延续见2016年一轮的结对。',
  en: 'Per the note to Table 2, in the June 2010 partial adjustment Xiamen switched to Linxia, Gansu. For its continuation after 2016 see the pairing of the 2016 round.',
  sourceIds: [WP] });
ew1996('zhuhai-liangshan', ['guangdong', 'zhuhai'], ['sichuan', 'liangshan'], 21, { startYear: 2010,
  zh: '据白皮书表2注，2010年6月部分调整，珠海改为帮扶四川凉山。2016年起凉山改由佛山帮扶、珠海改为帮扶云南怒江（见2016年一轮的结对）。',
  en: 'Per the note to Table 2, in the June 2010 partial adjustment Zhuhai switched to Liangshan, Sichuan. From 2016 Foshan took over Liangshan and Zhuhai switched to Nujiang, Yunnan (see the pairings of the 2016 round).',
  sourceIds: [WP, 'pair-src-nandu-2020-11-17', 'pair-src-southcn-2020-10-16'] });
// (the three 2010-adjustment pairings come from the "status" column of rows 21–32; recorded under row 21)

// --- (2) 2013: four cities added for Guizhou (CSV row 32)
for (const [slug, prv, city] of [['shanghai', 'shanghai', null], ['suzhou', 'jiangsu', 'suzhou'], ['hangzhou', 'zhejiang', 'hangzhou'], ['guangzhou', 'guangdong', 'guangzhou']]) {
  const e = party(prv, city), w = party('guizhou');
  add({
    id: `gz-2013-${slug}-guizhou`, east: e, west: w, programme: 'guizhou-aid-2013', model: 'policy-driven',
    startYear: 2013, endYear: 2016, rows: [32],
    description: T(
      `国办发〔2013〕11号新增上海、苏州、杭州、广州四市帮扶贵州（与原有的大连、宁波、青岛、深圳一起，对贵州8个市州一对一帮扶），此为其中${label(e, 'zh')}一条；所据报道未写各市对应的市州。结束年取2016年：2016年12月东西部扶贫协作结对关系调整。${GENERIC_ZH}`,
      `Document [2013] No. 11 of the State Council General Office added Shanghai, Suzhou, Hangzhou and Guangzhou as helpers of Guizhou (with Dalian, Ningbo, Qingdao and Shenzhen, one city per Guizhou prefecture for eight prefectures); this is the ${label(e, 'en')} pairing. The report used does not say which prefecture each city took. End year 2016: the pairs were adjusted in December 2016. ${GENERIC_EN}`),
    confidence: 'high', sourceIds: ['pair-src-guizhou-daily-2016-10-08'],
  });
}

// --- (3) 2016 round (CSV rows 12–20)
const X16 = 'pair-src-xinhua-2016-12-ew-guidance';
const ew2016 = (slug, east, west, row, opts = {}) => {
  const e = party(...east), w = party(...west);
  add({
    id: `ew-2016-${slug}`, east: e, west: w, programme: 'ew-poverty-2016', model: 'policy-driven',
    startYear: 2016, endYear: 2020, rows: [row],
    description: T(
      `2016年12月中办、国办《关于进一步加强东西部扶贫协作工作的指导意见》调整后的结对：${label(e, 'zh')}帮扶${label(w, 'zh')}。${opts.zh ?? ''}结束年取2020年：2021年起新一轮东西部协作。${GENERIC_ZH}`,
      `Pair set by the December 2016 Guiding Opinions on strengthening East–West poverty-alleviation collaboration: ${label(e, 'en')} helps ${label(w, 'en')}. ${opts.en ? opts.en + ' ' : ''}End year 2020: a new round of East–West collaboration began in 2021. ${GENERIC_EN}`),
    confidence: opts.confidence ?? 'high', sourceIds: opts.sourceIds ?? [X16],
  });
};
const HEBEI_ZH = '河北不属于西部；这是2016年名单所列的京津冀内部帮扶。2021年以后是否仍属东西部协作，未能核实。';
const HEBEI_EN = 'Hebei is not a western province; this is assistance within the Beijing–Tianjin–Hebei area listed in 2016. Whether it continued as East–West collaboration after 2021 is not verified.';
ew2016('beijing-inner-mongolia', ['beijing'], ['innerMongolia'], 12, {
  zh: '2016年名单写作“北京市帮扶内蒙古自治区、河北省张家口市和保定市”，此处按受援方拆为三条。',
  en: 'The 2016 list reads “Beijing helps Inner Mongolia and Zhangjiakou and Baoding in Hebei”; split here into one pairing per recipient.' });
ew2016('beijing-zhangjiakou', ['beijing'], ['hebei', 'zhangjiakou'], 12, { zh: HEBEI_ZH, en: HEBEI_EN });
ew2016('beijing-baoding', ['beijing'], ['hebei', 'baoding'], 12, { zh: HEBEI_ZH, en: HEBEI_EN });
ew2016('tianjin-gansu', ['tianjin'], ['gansu'], 13, {
  zh: '2016年名单写作“天津市帮扶甘肃省、河北省承德市”，此处拆为两条。', en: 'The 2016 list reads “Tianjin helps Gansu and Chengde in Hebei”; split into two pairings.' });
ew2016('tianjin-chengde', ['tianjin'], ['hebei', 'chengde'], 13, { zh: HEBEI_ZH, en: HEBEI_EN });
ew2016('dalian-liupanshui', ['liaoning', 'dalian'], ['guizhou', 'liupanshui'], 14);
ew2016('shanghai-yunnan', ['shanghai'], ['yunnan'], 15, {
  zh: '2016年名单写作“上海市帮扶云南省、贵州省遵义市”，此处拆为两条。', en: 'The 2016 list reads “Shanghai helps Yunnan and Zunyi in Guizhou”; split into two pairings.' });
ew2016('shanghai-zunyi', ['shanghai'], ['guizhou', 'zunyi'], 15);
ew2016('jiangsu-shaanxi', ['jiangsu'], ['shaanxi'], 16, {
  zh: '2016年名单写作“江苏省帮扶陕西省、青海省西宁市和海东市”，此处按受援方拆为三条。', en: 'The 2016 list reads “Jiangsu helps Shaanxi and Xining and Haidong in Qinghai”; split into one pairing per recipient.' });
ew2016('jiangsu-xining', ['jiangsu'], ['qinghai', 'xining'], 16, {
  zh: '新华日报2022年报道：江苏2016年起帮扶西宁、海东，2021年起扩大到青海全省。', en: 'Xinhua Daily (2022): Jiangsu helped Xining and Haidong from 2016 and all of Qinghai from 2021.',
  sourceIds: [X16, 'pair-src-xhrb-2022-07-22'] });
ew2016('jiangsu-haidong', ['jiangsu'], ['qinghai', 'haidong'], 16, {
  zh: '新华日报2022年报道：江苏2016年起帮扶西宁、海东，2021年起扩大到青海全省。', en: 'Xinhua Daily (2022): Jiangsu helped Xining and Haidong from 2016 and all of Qinghai from 2021.',
  sourceIds: [X16, 'pair-src-xhrb-2022-07-22'] });
ew2016('suzhou-tongren', ['jiangsu', 'suzhou'], ['guizhou', 'tongren'], 17);
ew2016('zhejiang-sichuan', ['zhejiang'], ['sichuan'], 18);
ew2016('hangzhou-enshi', ['zhejiang', 'hangzhou'], ['hubei', 'enshi'], 19, {
  zh: '2016年名单写作“杭州市帮扶湖北省恩施州、贵州省黔东南州”，此处拆为两条；湖北不属于西部，恩施州按名单原样保留。',
  en: 'The 2016 list reads “Hangzhou helps Enshi (Hubei) and Qiandongnan (Guizhou)”; split into two pairings. Hubei is not a western province; Enshi is kept as listed.' });
ew2016('hangzhou-qiandongnan', ['zhejiang', 'hangzhou'], ['guizhou', 'qiandongnan'], 19);
ew2016('ningbo-yanbian', ['zhejiang', 'ningbo'], ['jilin', 'yanbian'], 20, {
  zh: '2016年名单写作“宁波市帮扶吉林省延边州、贵州省黔西南州”，此处拆为两条；吉林不属于西部，延边州按名单原样保留（宁波日报2017年报道宁波帮扶延边）。',
  en: 'The 2016 list reads “Ningbo helps Yanbian (Jilin) and Qianxinan (Guizhou)”; split into two pairings. Jilin is not a western province; Yanbian is kept as listed (Ningbo Daily, 2017, reports Ningbo’s help for Yanbian).',
  sourceIds: [X16, 'pair-src-ningbo-daily-2017-05-16'] });
ew2016('ningbo-qianxinan', ['zhejiang', 'ningbo'], ['guizhou', 'qianxinan'], 20, {
  zh: '所据2016年名单摘录在此条之后中断；其余结对（山东、福建、广东及其城市）各据单独的报道收录，青岛—安顺和广东—甘孜未找到来源，没有收录。',
  en: 'The 2016 excerpt used breaks off after this pair; the remaining pairs (Shandong, Fujian, Guangdong and their cities) rest on reports of their own, and Qingdao–Anshun and Guangdong–Garzê, for which no source was found, are not included.' });
/**
 * A pair of the December 2016 list after Ningbo: the excerpt of the list used breaks off there, so
 * each rests on a source of its own, which gives its start (2016) or, when it gives none, the year
 * it first shows the pair in place (start unknown, with the reason).
 */
const ew2016own = (slug, east, west, opts) => {
  const e = party(...east), w = party(...west);
  const start = opts.startYear === undefined ? 2016 : opts.startYear;
  add({
    id: `ew-2016-${slug}`, east: e, west: w, programme: 'ew-poverty-2016', model: 'policy-driven',
    startYear: start, endYear: 2020,
    ...(start === null ? {
      startNote: T(
        `起始年不详：所据2016年12月名单摘录在宁波之后中断，此条的来源没有写明起始年。地图从${opts.documented}年起画出，那是来源所见此结对已在进行的最早年份。`,
        `Start unknown: the excerpt of the December 2016 list used breaks off after Ningbo, and this pair’s source gives no start year. The map draws it from ${opts.documented}, the earliest year the source shows the pair in place.`),
      firstDocumented: { year: opts.documented, sourceId: opts.sourceIds[0] },
    } : {}),
    description: T(
      `2016年东西部扶贫协作结对（2016—2020年）：${label(e, 'zh')}帮扶${label(w, 'zh')}。${opts.zh}所据2016年12月名单摘录在宁波之后中断，此条依据的是上述报道。结束年取2020年：2021年起新一轮东西部协作。${GENERIC_ZH}`,
      `East–West poverty-alleviation pair of the 2016 round (2016–2020): ${label(e, 'en')} helps ${label(w, 'en')}. ${opts.en} The excerpt of the December 2016 list used breaks off after Ningbo; this pairing rests on the report named. End year 2020: a new round of East–West collaboration began in 2021. ${GENERIC_EN}`),
    confidence: opts.confidence, sourceIds: opts.sourceIds,
  });
};
ew2016own('shandong-chongqing', ['shandong'], ['chongqing'], {
  zh: '新华社2019年报道：2016年7月，山东省和重庆市按国家部署进一步加强扶贫协作，山东14个市、区（县）与重庆14个贫困区县结对。',
  en: 'Xinhua (2019): in July 2016 Shandong and Chongqing stepped up their poverty collaboration as the state directed, pairing 14 Shandong cities and districts with 14 poor districts and counties of Chongqing.',
  confidence: 'medium-high', sourceIds: ['pair-src-xinhua-2019-09-21'] });
ew2016own('jinan-xiangxi', ['shandong', 'jinan'], ['hunan', 'xiangxi'], {
  startYear: null, documented: 2018,
  zh: '湖南属中部；湘西州按名单原样保留。团结报2018年报道济南市槐荫区与湘西州花垣县的东西部扶贫协作。',
  en: 'Hunan is a central province; Xiangxi is kept as listed. Tuanjie Bao (2018) reports East–West poverty collaboration between Huaiyin District, Jinan, and Huayuan County, Xiangxi.',
  confidence: 'medium-high', sourceIds: ['pair-src-tuanjiebao-2018-05-25'] });
ew2016own('qingdao-longnan', ['shandong', 'qingdao'], ['gansu', 'longnan'], {
  zh: '甘肃日报2017年报道：自2016年10月中央确定青岛市结对帮扶陇南市以来，两市签署东西部扶贫协作框架协议。',
  en: 'Gansu Daily (2017): since the centre paired Qingdao with Longnan in October 2016, the two cities have signed an East–West poverty-collaboration framework agreement.',
  confidence: 'medium-high', sourceIds: ['pair-src-gansu-daily-2017-08-10'] });
ew2016own('guangdong-guangxi', ['guangdong'], ['guangxi'], {
  zh: '人民网2020年报道：2016年，广东按中央部署派出以深圳市为主体的第二扶贫协作工作组，负责粤桂扶贫协作。',
  en: 'People’s Daily Online (2020): in 2016, as the centre directed, Guangdong sent its second poverty-collaboration team, led by Shenzhen, to run Guangdong–Guangxi collaboration.',
  confidence: 'medium-high', sourceIds: ['pair-src-people-sz-2020-08-23'] });
ew2016own('foshan-liangshan', ['guangdong', 'foshan'], ['sichuan', 'liangshan'], {
  zh: '南方都市报2020年报道：2016年佛山按中央和广东部署承担对口凉山扶贫协作任务，结对帮扶凉山州11个贫困县。',
  en: 'Southern Metropolis Daily (2020): in 2016 Foshan took on paired poverty collaboration with Liangshan as the centre and Guangdong directed, helping its 11 poor counties.',
  confidence: 'medium-high', sourceIds: ['pair-src-nandu-2020-11-17'] });
ew2016own('zhongshan-zhaotong', ['guangdong', 'zhongshan'], ['yunnan', 'zhaotong'], {
  zh: '名单写作中山、东莞两市帮扶昭通，此处按东部城市拆为两条。昭通日报2019年：2016年9月，广东中山、东莞对口帮扶云南昭通。',
  en: 'Zhongshan and Dongguan together help Zhaotong; split here into one pairing per eastern city. Zhaotong Daily (2019): from September 2016 Zhongshan and Dongguan (Guangdong) have helped Zhaotong (Yunnan).',
  confidence: 'medium', sourceIds: ['pair-src-zhaotong-daily-2019-08-22'] });
ew2016own('dongguan-zhaotong', ['guangdong', 'dongguan'], ['yunnan', 'zhaotong'], {
  zh: '名单写作中山、东莞两市帮扶昭通，此处按东部城市拆为两条。东莞+ 2022年：2016年9月3日广东与云南扶贫协作工作联席会议确定东莞对口帮扶昭通6县（区）。',
  en: 'Zhongshan and Dongguan together help Zhaotong; split here into one pairing per eastern city. Dongguan+ (2022): the Guangdong–Yunnan joint meeting of 3 September 2016 assigned Dongguan to six counties and districts of Zhaotong.',
  confidence: 'medium-high', sourceIds: ['pair-src-dutenews-2022-10-15', 'pair-src-zhaotong-daily-2019-08-22'] });
ew2016own('zhuhai-nujiang', ['guangdong', 'zhuhai'], ['yunnan', 'nujiang'], {
  zh: '南方日报2020年报道：自2016年底开展东西部扶贫协作以来，珠海市帮扶怒江。',
  en: 'Southern Daily (2020): Zhuhai has helped Nujiang since East–West poverty collaboration began there at the end of 2016.',
  confidence: 'medium-high', sourceIds: ['pair-src-southcn-2020-10-16'] });
ew2016own('fujian-ningxia', ['fujian'], ['ningxia'], {
  startYear: null, documented: 2016,
  zh: '闽宁协作自1996年起（见1996年安排）。人民网2021年：闽宁协作第二十五次联席会议召开，两省区“25年从不间断的脱贫互助历程”，即2016—2020年也在延续。',
  en: 'Fujian–Ningxia collaboration dates from 1996 (see the 1996 arrangement). People’s Daily Online (2021): the 25th joint meeting was held, after “25 years of uninterrupted mutual help against poverty”, so it went on through 2016–2020.',
  confidence: 'medium-high', sourceIds: ['pair-src-people-nx-2021-05-31'] });
ew2016own('fuzhou-dingxi', ['fujian', 'fuzhou'], ['gansu', 'dingxi'], {
  startYear: null, documented: 2017,
  zh: '福州日报2021年报道：2017年福州市与定西市签署《东西部扶贫协作框架协议》。',
  en: 'Fuzhou Daily (2021): Fuzhou and Dingxi signed an East–West poverty-collaboration framework agreement in 2017.',
  confidence: 'medium-high', sourceIds: ['pair-src-fznews-2021-02-04'] });
ew2016own('xiamen-linxia', ['fujian', 'xiamen'], ['gansu', 'linxia'], {
  startYear: null, documented: 2017,
  zh: '厦门自2010年起帮扶临夏（见2010年调整）。民族日报2019年报道：2017年8月临夏市与厦门市思明区达成东西扶贫协作协议。',
  en: 'Xiamen has helped Linxia since 2010 (see the 2010 adjustment). Minzu Daily (2019): in August 2017 Linxia City and Siming District, Xiamen, reached an East–West poverty-collaboration agreement.',
  confidence: 'medium', sourceIds: ['pair-src-minzu-daily-2019-01-20'] });
for (const [slug, pl] of [['qiannan', 'qiannan'], ['bijie', 'bijie']]) {
  ew2016(`guangzhou-${slug}`, ['guangdong', 'guangzhou'], ['guizhou', pl], 11, {
    zh: '此条不在所据2016年名单摘录中，依据的是2021年广东结对调整报道中“广州2016年起帮扶黔南、毕节”一句。',
    en: 'This pair is not in the 2016 excerpt used; it rests on the 2021 Guangdong report’s statement that Guangzhou has helped Qiannan and Bijie since 2016.',
    confidence: 'medium', sourceIds: ['pair-src-guangdong-2021-05'] });
}

// --- (4) 2021 round (CSV rows 1–11)
const ew2021 = (slug, east, west, row, opts) => {
  const e = party(...east), w = party(...west);
  add({
    id: `ew-2021-${slug}`, east: e, west: w, programme: 'ew-2021', model: opts.model ?? 'policy-driven',
    startYear: opts.startYear === undefined ? 2021 : opts.startYear, startNote: opts.startNote ?? null, firstDocumented: opts.firstDocumented,
    endYear: null, rows: [row], resources: opts.resources ?? [],
    description: T(`${opts.zh}${opts.generic === false ? '' : GENERIC_ZH}`, `${opts.en}${opts.generic === false ? '' : ' ' + GENERIC_EN}`),
    exemplars: opts.exemplars ?? [], interpretation: opts.interpretation ?? null,
    confidence: opts.confidence ?? 'high', sourceIds: opts.sourceIds,
  });
};
ew2021('beijing-inner-mongolia', ['beijing'], ['innerMongolia'], 1, {
  zh: '新一轮东西部协作中北京继续帮扶内蒙古（京蒙协作，2022年、2024年报道）。两地协作始于1996年，此前各轮见1996年安排和2016年调整；起始年按本轮2021年计。',
  en: 'In the new round Beijing continues to help Inner Mongolia (Jing–Meng collaboration, reported in 2022 and 2024). The collaboration dates from 1996 (see the 1996 arrangement and the 2016 adjustment); the start year here is that of this round, 2021.',
  confidence: 'medium-high', // no higher than its best source (CNR, medium-high)
  sourceIds: ['pair-src-jingmeng-2022-07-11', 'pair-src-cnr-2024-08-05'] });
ew2021('tianjin-gansu', ['tianjin'], ['gansu'], 2, {
  zh: '新一轮东西部协作中天津继续帮扶甘肃（2021年12月天津市甘肃省东西部协作座谈会；2022年“津陇共振兴”洽谈会）。天津是帮扶甘肃贫困县最多的东部协作市，并动员天津职业教育资源。协作始于1996年；起始年按本轮2021年计。',
  en: 'In the new round Tianjin continues to help Gansu (Tianjin–Gansu symposium, December 2021; “Tianjin and Gansu revitalise together” fair, 2022). Tianjin helps more of Gansu’s poor counties than any other eastern partner and mobilises its vocational-education resources. The collaboration dates from 1996; the start year here is that of this round, 2021.',
  resources: [], sourceIds: ['pair-src-gansu-daily-2021-12-06', 'pair-src-gansu-daily-2022-08-31'] });
ew2021('shandong-gansu', ['shandong'], ['gansu'], 3, {
  zh: '新一轮东西部协作中山东（济南、青岛）帮扶甘肃（陇南、定西、临夏），2021年12月鲁甘座谈会把职业教育列为协作领域；报道未写济南、青岛各对应哪个市州，故只记为一条省对省关系。青岛西海岸新区与陇南武都区的扶贫协作始于2017年。',
  en: 'In the new round Shandong (Jinan and Qingdao) helps Gansu (Longnan, Dingxi and Linxia); the December 2021 Shandong–Gansu symposium named vocational education as a field of cooperation. The report does not say which city pairs with which prefecture, so this is one province-to-province pairing. Qingdao West Coast New Area’s poverty collaboration with Wudu District, Longnan, dates from 2017.',
  sourceIds: ['pair-src-gansu-daily-2021-12-05', 'pair-src-qingdao-west-coast-2019'] });
ew2021('shandong-chongqing', ['shandong'], ['chongqing'], 4, {
  zh: '鲁渝协作：2010年起山东对口协作重庆14个区县（另有1994年起对口支援忠县），2023年召开第十九次联席会议。2016—2020年见2016年一轮的结对；起始年按本轮2021年计。',
  en: 'Shandong–Chongqing collaboration: from 2010 Shandong has been paired with 14 districts and counties of Chongqing (and has aided Zhong County since 1994); the 19th joint meeting was held in 2023. for 2016–2020 see the pairing of the 2016 round; the start year here is that of this round, 2021.',
  sourceIds: ['pair-src-chongqing-daily-2023-07-19', WP] });
ew2021('shanghai-yunnan', ['shanghai'], ['yunnan'], 5, {
  zh: '沪滇协作：1996年起，2023年上海市代表团赴云南考察对口协作。起始年按本轮2021年计。',
  en: 'Shanghai–Yunnan collaboration: since 1996; in 2023 a Shanghai delegation inspected the paired collaboration in Yunnan. The start year here is that of this round, 2021.',
  sourceIds: ['pair-src-jiefang-daily-2023-07-16', WP] });
ew2021('jiangsu-shaanxi', ['jiangsu'], ['shaanxi'], 6, {
  zh: '苏陕协作：1996年起（白皮书），2016年名单仍为江苏帮扶陕西。2021年以后的延续只见于高士晶、郭子菱（2025）把“苏陕协作”列为资源互补合作型的代表，未找到其他报道。',
  en: 'Jiangsu–Shaanxi collaboration: since 1996 (white paper), confirmed in the 2016 list. Its continuation after 2021 rests only on Gao and Guo (2025) naming “Jiangsu–Shaanxi collaboration” as a representative of the resource-complementary model; no other report was found.',
  confidence: 'medium', sourceIds: [X16, WP, GAO] });
ew2021('jiangsu-qinghai', ['jiangsu'], ['qinghai'], 7, {
  zh: '苏青协作：江苏2016年起帮扶西宁、海东，2021年起扩大到青海全省（另有2010年起对口支援海南州，见“对口支援青海”）。',
  en: 'Jiangsu–Qinghai collaboration: Jiangsu helped Xining and Haidong from 2016 and all of Qinghai from 2021 (plus paired aid to Hainan Prefecture since 2010; see “Paired aid to Qinghai”).',
  sourceIds: ['pair-src-xhrb-2022-07-22', X16] });
ew2021('zhejiang-sichuan', ['zhejiang'], ['sichuan'], 8, {
  zh: '浙川协作：新一轮东西部协作实行“一对一”，浙江只与四川结对。两省协作始于1996年；起始年按本轮2021年计。',
  en: 'Zhejiang–Sichuan collaboration: the new round is “one to one”, and Zhejiang pairs with Sichuan only. The collaboration dates from 1996; the start year here is that of this round, 2021.',
  sourceIds: ['pair-src-zjnews-2021-05', WP] });
ew2021('fujian-ningxia', ['fujian'], ['ningxia'], 9, {
  zh: '闽宁协作：1996年起，福建1996—2011年累计援助7亿多元；宁夏东西部联合办学见“宁夏联合招生”。2021年5月闽宁协作第二十五次联席会议在福州召开，两省区签订《“十四五”东西部协作框架协议》，提出深化教育等公共服务领域的协作（中国民族报2021年6月）。',
  en: 'Fujian–Ningxia collaboration: since 1996; Fujian gave over 700 million yuan in 1996–2011; for Ningxia’s East–West joint schooling see “Ningxia joint enrolment”. In May 2021 the 25th Fujian–Ningxia joint meeting in Fuzhou signed a framework agreement on East–West collaboration for the 14th Five-Year Plan, including deeper cooperation in education and other public services (China Ethnic News, June 2021).',
  confidence: 'high', sourceIds: ['pair-src-mzb-2021-06-09', 'pair-src-xinhuanet-2012-10-23', WP] });
ew2021('guangdong-guangxi', ['guangdong'], ['guangxi'], 10, {
  zh: '粤桂协作：2021年结对调整后，广东5市21县结对广西8市33个原国定贫困县。两省区协作始于1996年；起始年按本轮2021年计。',
  en: 'Guangdong–Guangxi collaboration: after the 2021 adjustment, 5 cities and 21 counties of Guangdong pair with 33 former nationally designated poor counties in 8 cities of Guangxi. The collaboration dates from 1996; the start year here is that of this round, 2021.',
  sourceIds: ['pair-src-guangdong-2021-05', WP] });
ew2021('guangdong-guizhou', ['guangdong'], ['guizhou'], 11, {
  zh: '粤黔协作：2021年起广东全省对口帮扶贵州全省（此前广州2016年起帮扶黔南、毕节）；2021年9月粤黔对口城市、省直部门签署东西部协作协议。职业教育层面的粤黔协作见另一条（产教融合共建型）。',
  en: 'Guangdong–Guizhou collaboration: from 2021 all of Guangdong helps all of Guizhou (Guangzhou had helped Qiannan and Bijie since 2016); paired cities and provincial departments signed East–West agreements in September 2021. Vocational Guangdong–Guizhou collaboration is a separate pairing (industry–education model).',
  sourceIds: ['pair-src-guangdong-2021-05', 'pair-src-guizhou-gov-2021-09-28'] });
// Table 3 representative: 粤黔协作 (CSV rows 11 and 68)
ew2021('guangdong-guizhou-vet', ['guangdong'], ['guizhou'], 68, {
  model: 'industry-education', resources: ['enterprises', 'governance'], generic: false,
  zh: '高士晶、郭子菱（2025）把“粤黔协作”列为产教融合共建型模式的代表（表3，表体在所用文本中缺失）。贵州省人民政府网2021年9月报道粤黔签署教育共建100所协作帮扶示范学校协议（2021—2025年）；起始年按2021年计。论文在同一节举的惠水订单班和穗毕产教联盟另见“论文案例”。资源类型按论文对该模式的描述（企业牵头、跨区域资源调配）。',
  en: 'Gao and Guo (2025) name “Guangdong–Guizhou collaboration” as a representative of the industry–education joint-building model (Table 3, whose body is missing from the text used). The Guizhou Provincial Government website reported in September 2021 an agreement to build 100 demonstration schools jointly (2021–2025); 2021 is used as the start. The Huishui order classes and the Guangzhou–Bijie alliance that the paper cites in the same section are separate pairings under “paper’s cases”. Resource types follow the paper’s description of the model (enterprise-led, cross-regional allocation).',
  exemplars: [T('粤黔教育共建100所协作帮扶示范学校协议（2021—2025年）', 'Agreement on 100 jointly built demonstration schools (2021–2025)')],
  confidence: 'medium', sourceIds: [GAO, 'pair-src-guizhou-gov-2021-09-28'] });
// extra school–school example (CSV row 74), not in the paper
ew2021('gz-jidian-bijie-industry', ['guangdong', 'guangzhou', ['广州市机电技师学院', 'Guangzhou Mechanical and Electrical Technician College']],
  ['guizhou', 'bijie', ['毕节工业职业技术学院', 'Bijie Industry Polytechnic']], 74, {
  model: 'resource-complementary', startYear: null, generic: false,
  startNote: T('起始年不详：所据报道只记载2024年12月的一次交流。地图从报道的2024年起画出。', 'Start unknown: the report used records only an exchange in December 2024. The map draws it from 2024, the year of the report.'),
  firstDocumented: { year: 2024, sourceId: 'pair-src-gz-jidian-2024-12-03' },
  zh: '两校结对帮扶交流（2024年12月报道）。这不是论文中的案例，是粤黔协作中的补充例子。结束年不详。',
  en: 'Paired-assistance exchange between the two colleges (reported December 2024). Not one of the paper’s cases; an additional example within Guangdong–Guizhou collaboration. The end year is unknown.',
  confidence: 'medium-low', sourceIds: ['pair-src-gz-jidian-2024-12-03'] });

// --- (5) 对口支援新疆 2010 (CSV rows 33–51)
const XJ = 'pair-src-xinjiang-aid-2010-list';
const xj = (slug, east, pl, row, zhWhat, enWhat, opts = {}) => {
  const e = party(...east), w = party('xinjiang', pl);
  add({
    id: `xj-aid-${slug}`, east: e, west: w, programme: 'xinjiang-aid', model: 'policy-driven',
    startYear: 2010, endYear: null, rows: [row],
    description: T(
      `2010年起新一轮对口援疆（19省市对口支援新疆12个地州）：${label(e, 'zh')}对口支援${zhWhat}。${opts.zh ?? ''}2010年以后个别结对的变化未核实。${AID_ZH}`,
      `New round of paired aid to Xinjiang from 2010 (19 provinces and cities aid 12 prefectures): ${label(e, 'en')} aids ${enWhat}. ${opts.en ? opts.en + ' ' : ''}Changes to individual pairs after 2010 are not verified. ${AID_EN}`),
    confidence: opts.confidence ?? 'medium', sourceIds: [XJ],
  });
};
xj('guangdong-kashgar', ['guangdong'], 'kashgar', 33, '喀什地区疏附县、伽师县', 'Shufu and Jiashi counties, Kashgar Prefecture', {
  zh: '同一行还列有兵团图木舒克市，另记一条。', en: 'The same line also lists Tumxuk (XPCC), recorded separately.' });
xj('guangdong-tumxuk', ['guangdong'], 'tumxuk', 33, '兵团图木舒克市', 'Tumxuk (XPCC)', {
  zh: '名单原文写作“农十三师图木舒克市”；图木舒克市属农三师，“农十三师”疑为“农三师”之误，此处未改，仅作标注。',
  en: 'The list reads “13th Division, Tumxuk”; Tumxuk belongs to the 3rd Division, so “13th” is probably a typo for “3rd” — flagged here, not corrected.',
  confidence: 'medium-low' });
xj('shenzhen-kashgar', ['guangdong', 'shenzhen'], 'kashgar', 34, '喀什市、塔什库尔干县', 'Kashgar City and Taxkorgan County');
xj('shandong-kashgar', ['shandong'], 'kashgar', 35, '喀什地区疏勒、英吉沙、岳普湖、麦盖提县', 'Shule, Yengisar, Yopurga and Makit counties, Kashgar Prefecture');
xj('shanghai-kashgar', ['shanghai'], 'kashgar', 36, '喀什地区莎车、泽普、叶城、巴楚县', 'Yarkant, Poskam, Kargilik and Maralbexi counties, Kashgar Prefecture');
xj('beijing-hotan', ['beijing'], 'hotan', 37, '和田市、和田县、洛浦县、墨玉县及兵团农十四师', 'Hotan City and Hotan, Lop and Karakax counties, plus the XPCC 14th Division');
xj('tianjin-hotan', ['tianjin'], 'hotan', 38, '和田地区策勒、于田、民丰县', 'Qira, Keriya and Niya counties, Hotan Prefecture');
xj('anhui-hotan', ['anhui'], 'hotan', 39, '和田地区皮山县', 'Guma County, Hotan Prefecture', { zh: '安徽属中部。', en: 'Anhui is a central province.' });
xj('liaoning-tacheng', ['liaoning'], 'tacheng', 40, '塔城地区', 'Tacheng Prefecture');
xj('jilin-altay', ['jilin'], 'altay', 41, '阿勒泰地区阿勒泰市、布尔津、哈巴河、吉木乃县', 'Altay City and Burqin, Habahe and Jeminay counties, Altay Prefecture');
xj('heilongjiang-altay', ['heilongjiang'], 'altay', 42, '阿勒泰地区青河、福海、富蕴县及兵团农十师', 'Qinggil, Burultokay and Koktokay counties, Altay Prefecture, plus the XPCC 10th Division');
xj('zhejiang-aksu', ['zhejiang'], 'aksu', 43, '阿克苏地区八县一市', 'the eight counties and one city of Aksu Prefecture', {
  zh: '同一行还列有兵团农一师阿拉尔市，另记一条。', en: 'The same line also lists Aral (XPCC 1st Division), recorded separately.' });
xj('zhejiang-aral', ['zhejiang'], 'aral', 43, '兵团农一师阿拉尔市', 'Aral (XPCC 1st Division)');
xj('hunan-turpan', ['hunan'], 'turpan', 44, '吐鲁番地区', 'Turpan Prefecture', { zh: '湖南属中部。', en: 'Hunan is a central province.' });
xj('hubei-bortala', ['hubei'], 'bortala', 45, '博尔塔拉州及兵团农五师', 'Bortala Prefecture plus the XPCC 5th Division', { zh: '湖北属中部。', en: 'Hubei is a central province.' });
xj('hebei-bayingolin', ['hebei'], 'bayingolin', 46, '巴音郭楞州及兵团农二师', 'Bayingolin Prefecture plus the XPCC 2nd Division');
xj('fujian-changji', ['fujian'], 'changji', 47, '昌吉州', 'Changji Prefecture');
xj('shanxi-fukang', ['shanxi'], 'fukang', 48, '昌吉州阜康市', 'Fukang City, Changji Prefecture', {
  zh: '山西属中部。同一行还列有兵团农六师五家渠市，另记一条。', en: 'Shanxi is a central province. The same line also lists Wujiaqu (XPCC 6th Division), recorded separately.' });
xj('shanxi-wujiaqu', ['shanxi'], 'wujiaqu', 48, '兵团农六师五家渠市', 'Wujiaqu (XPCC 6th Division)', { zh: '山西属中部。', en: 'Shanxi is a central province.' });
xj('jiangxi-kizilsu', ['jiangxi'], 'kizilsu', 49, '克州阿克陶县', 'Akto County, Kizilsu Prefecture', { zh: '江西属中部。', en: 'Jiangxi is a central province.' });
xj('jiangsu-kizilsu', ['jiangsu'], 'kizilsu', 50, '克州阿图什市、乌恰县、阿合奇县', 'Artux City and Ulugqat and Akqi counties, Kizilsu Prefecture', {
  zh: '同一行还列有伊犁州直八县二市及兵团农四师、农七师，另记一条。', en: 'The same line also lists the eight counties and two cities directly under Ili Prefecture and the XPCC 4th and 7th Divisions, recorded separately.' });
xj('jiangsu-ili', ['jiangsu'], 'ili', 50, '伊犁州直八县二市及兵团农四师、农七师', 'the eight counties and two cities directly under Ili Prefecture, plus the XPCC 4th and 7th Divisions');
xj('henan-hami', ['henan'], 'hami', 51, '哈密地区', 'Hami Prefecture', {
  zh: '河南属中部。名单这一行只写哈密；常见说法中还有兵团农十三师，但不在所据名单中，未收录。',
  en: 'Henan is a central province. This line of the list names Hami only; common accounts add the XPCC 13th Division, but it is not in the list used and is not included.' });
// 组团式职教援疆 (CSV row 70)
add({
  modelFromPaper: true, // the paper's Table 1 names 组团式职教援疆 as policy-driven
  id: 'xj-aid-jiangsu-ili-vet-group', east: party('jiangsu'), west: party('xinjiang', 'ili', ['伊犁州职业院校', 'Vocational schools of Ili Prefecture']),
  programme: 'xinjiang-aid', model: 'policy-driven', startYear: null, endYear: null, rows: [70], resources: ['teachers'],
  startNote: T(
    '起始年不详：论文没有给出组团式职教援疆的年份（表1表体缺失），所查来源中最早记载江苏对伊犁职教援疆的是2024年一篇论文的摘要。地图从2024年起画出；江苏自2010年起对口支援伊犁州直（见对口支援新疆的结对）。',
    'Start unknown: the paper gives no year for group-based vocational aid to Xinjiang (the body of Table 1 is missing), and the earliest source found on Jiangsu’s vocational aid to Ili is the abstract of a 2024 paper. The map draws it from 2024; Jiangsu has aided the area under Ili Prefecture since 2010 (see the paired-aid pairing).'),
  firstDocumented: { year: 2024, sourceId: 'pair-src-jiangsu-yili-2024' },
  description: T(
    '高士晶、郭子菱（2025）把“组团式职教援疆”列为政策驱动帮扶型的代表（与民族地区专项扶持计划并列；表1表体缺失）。江苏对伊犁的职教援疆见2024年一篇论文的摘要。“组团式”指成建制选派援疆教师，资源类型据此记为师资。',
    'Gao and Guo (2025) name “group-based vocational aid to Xinjiang” as a representative of the policy-driven model (alongside special support plans for ethnic-minority regions; the body of Table 1 is missing). Jiangsu’s vocational aid to Ili is documented in the abstract of a 2024 paper. “Group-based” means teachers are sent as organised teams, hence the resource type “teachers”.'),
  exemplars: [T('组团式职教援疆', 'Group-based vocational aid to Xinjiang')],
  confidence: 'medium-low', sourceIds: [GAO, 'pair-src-jiangsu-yili-2024'],
});

// --- (6) 对口支援西藏 (CSV rows 52–57)
const tb = (slug, east, pl, row, sourceId, confidence, zh = '', en = '') => {
  const e = party(east), w = party('tibet', pl);
  add({
    id: `tibet-aid-${slug}`, east: e, west: w, programme: 'tibet-aid', model: 'policy-driven',
    startYear: 1994, endYear: null, rows: [row],
    description: T(
      `对口支援西藏（1994年第三次西藏工作座谈会启动）：${label(e, 'zh')}对口支援${label(w, 'zh')}。${zh}本项目只核实了部分援藏结对（如林芝、阿里的支援方及各市的其他支援方未核实）。${AID_ZH}`,
      `Paired aid to Tibet (launched by the Third Tibet Work Forum, 1994): ${label(e, 'en')} aids ${label(w, 'en')}. ${en ? en + ' ' : ''}Only some aid-to-Tibet pairs were verified (e.g. the partners of Nyingchi and Ngari, and each prefecture’s other partners, were not). ${AID_EN}`),
    confidence, sourceIds: [sourceId],
  });
};
tb('beijing-lhasa', 'beijing', 'lhasa', 52, 'pair-src-lhasa-daily-2019', 'medium', '所据报道涉及拉萨市城关区等。', 'The report used concerns Chengguan District, Lhasa, among others.');
tb('jiangsu-lhasa', 'jiangsu', 'lhasa', 53, 'pair-src-xhrb-2023-06-15', 'medium-high');
tb('tianjin-qamdo', 'tianjin', 'qamdo', 54, 'pair-src-tianjin-qamdo-blog', 'medium-low', '所据材料是一篇博客文章（可信度因此不高于中低）。', 'The material used is a blog post (so confidence is no higher than medium-low).');
tb('zhejiang-nagqu', 'zhejiang', 'nagqu', 55, 'pair-src-tibet-cn-2024', 'medium-high');
tb('hubei-shannan', 'hubei', 'shannan', 56, 'pair-src-qusong-gov-2021-10-14', 'medium-high', '湖北属中部。', 'Hubei is a central province.');
tb('shanghai-shigatse', 'shanghai', 'shigatse', 57, 'pair-src-shanghai-dingri-2018', 'medium', '所据报道涉及日喀则市定日县等。', 'The report used concerns Tingri County, Shigatse, among others.');

// --- (7) 对口支援青海 (CSV rows 58–60)
const qh = (slug, east, pl, row, sourceIds, zh, en) => {
  const e = party(east), w = party('qinghai', pl);
  add({
    id: `qh-aid-${slug}`, east: e, west: w, programme: 'qinghai-aid', model: 'policy-driven',
    startYear: 2010, endYear: null, rows: [row],
    description: T(
      `对口支援青海藏区（2010年起）：${label(e, 'zh')}对口支援${label(w, 'zh')}。${zh}玉树、黄南、海北的支援方未核实。${AID_ZH}`,
      `Paired aid to the Tibetan areas of Qinghai (from 2010): ${label(e, 'en')} aids ${label(w, 'en')}. ${en ? en + ' ' : ''}The partners of Yushu, Huangnan and Haibei were not verified. ${AID_EN}`),
    confidence: 'medium-high', sourceIds,
  });
};
qh('shanghai-golog', 'shanghai', 'golog', 58, ['pair-src-chinanews-2025-09-25'], '', '');
qh('jiangsu-hainan', 'jiangsu', 'hainanQh', 59, ['pair-src-xhrb-2022-07-22'], '', '');
qh('zhejiang-haixi', 'zhejiang', 'haixi', 60, ['pair-src-qinghai-daily-2025-07-22'],
  '青海日报2025年报道浙江援青开办中职班；论文中“浙青协作”的解读见“论文案例”。',
  'Qinghai Daily (2025) reports that Zhejiang’s aid runs secondary vocational classes; for the reading of the paper’s “Zhejiang–Qinghai collaboration” see the paper’s cases.');


// --- (8) vocational programmes and the paper's cases (CSV rows 61–76)
// Row 61 (职业教育东西协作行动计划 as a whole, "东部地区职教集团… → 西部地区") names no province on
// either side: it is not a pairing; it is the source of the programme vet-ew-action-plan.
const DROPPED = new Map([[61, 'names no eastern or western province (the 2016 Action Plan as a whole); used as the source of programme vet-ew-action-plan']]);

// 内地西藏中职班 (row 63): the sources name three of the 12 provinces.
const TIBET_CLASS_ZH = '国家决定从2010年起在天津、河北、辽宁等内地12个省市42所国家重点中等职业学校举办内地西藏中职班（首批计划招生3000人）；2012年为12个省市46所办班学校、在校生5800名；2009年的规划为11省市60所。高士晶、郭子菱（2025）写作“12个东中部省市的44所职业院校”，省市名称在所用文本中缺失，并把民族地区专项扶持计划列为政策驱动帮扶型的代表。来源只点名天津、河北、辽宁三地，其余9个省市未列出，故只收这三条。';
const TIBET_CLASS_EN = 'From 2010 the state ran inland secondary vocational classes for Tibet at 42 national key secondary vocational schools in 12 inland provinces and municipalities, “Tianjin, Hebei, Liaoning and others” (first intake planned at 3,000); in 2012 there were 46 host schools in 12 provinces and municipalities with 5,800 students; the 2009 plan had 11 provinces and 60 schools. Gao and Guo (2025) write “44 vocational schools in 12 eastern and central provinces”, the names being missing from the text used, and name special support plans for ethnic-minority regions as representatives of the policy-driven model. The sources name only Tianjin, Hebei and Liaoning; the other nine are not listed, so only these three pairings are included.';
for (const key of ['tianjin', 'hebei', 'liaoning']) {
  const e = party(key);
  add({
    id: `tibet-class-${key}`, east: e, west: party('tibet'), programme: 'tibet-class', model: 'policy-driven',
    startYear: 2010, endYear: null, rows: [63], resources: ['enrolment'],
    description: T(`${label(e, 'zh')}的中等职业学校举办内地西藏中职班，招收西藏学生。${TIBET_CLASS_ZH}`,
      `Secondary vocational schools in ${label(e, 'en')} host inland classes for students from Tibet. ${TIBET_CLASS_EN}`),
    exemplars: [T('内地西藏中职班', 'Inland secondary vocational classes for Tibet')],
    confidence: 'medium', sourceIds: ['pair-src-tibet-class-2010', 'pair-src-xinhua-2012-04-17', 'pair-src-chinanews-2009-08-12', GAO],
  });
}
// 内地新疆中职班 (row 64): Xinhua (2011-10-19) names three of the nine provinces.
const XJ_CLASS_ZH = '内地新疆中职班2011年起举办：新华社2011年10月报道，首批学生在天津、辽宁、上海等9个东中部省（市）的31所国家重点中等职业学校学习油气生产加工和储备、煤化工、矿产资源开发和加工、电子信息等专业；2012年在校生3300人，分布在9个省、直辖市的31所办班学校，招生规模为每年3300人。新华社只点名天津、辽宁、上海，其余6个省市未在所据来源中列出，故只收这三条。论文未提及内地新疆中职班。';
const XJ_CLASS_EN = 'Inland secondary vocational classes for Xinjiang began in 2011: Xinhua reported in October 2011 that the first students would study at 31 national key secondary vocational schools in nine eastern and central provinces and municipalities, “Tianjin, Liaoning, Shanghai and others”, in specialties such as oil and gas production, processing and storage, coal chemicals, mineral resources, and electronics and IT; in 2012 there were 3,300 students at 31 host schools in 9 provinces and municipalities, with an annual intake of 3,300. Xinhua names only Tianjin, Liaoning and Shanghai; the other six are not listed in the sources used, so only these three pairings are included. The paper does not mention these classes.';
for (const key of ['tianjin', 'liaoning', 'shanghai']) {
  const e = party(key);
  add({
    id: `xinjiang-class-${key}`, east: e, west: party('xinjiang'), programme: 'xinjiang-class', model: 'policy-driven',
    startYear: 2011, endYear: null, rows: [64], resources: ['enrolment'],
    description: T(`${label(e, 'zh')}的中等职业学校举办内地新疆中职班，招收新疆学生。${XJ_CLASS_ZH}`,
      `Secondary vocational schools in ${label(e, 'en')} host inland classes for students from Xinjiang. ${XJ_CLASS_EN}`),
    exemplars: key === 'tianjin'
      ? [T('天津民族中专（2011年10月19日，39名首批内地新疆中职班学生开始国际商务专业三年学习）', 'Tianjin ethnic secondary specialised school (on 19 October 2011, 39 first-cohort Xinjiang students began a three-year international-business course)')]
      : [],
    confidence: 'medium-high', sourceIds: ['pair-src-xinhua-2011-10-19', 'pair-src-xinhua-2012-04-17'],
  });
}
// 宁夏东西部联合招生 (row 65)
for (const key of ['shandong', 'fujian']) {
  const e = party(key);
  add({
    id: `ningxia-joint-enrolment-${key}`, east: e, west: party('ningxia'), programme: 'ningxia-joint-enrolment', model: 'policy-driven',
    startYear: 2005, endYear: null, rows: [65], resources: ['enrolment'],
    description: T(
      `${label(e, 'zh')}的中等职业学校参与宁夏中等职业教育东西部联合招生合作办学。高士晶、郭子菱（2025）：2005年起宁夏多次举办联合招生合作办学洽谈会，先后与东部200多所中等职业学校建立联合招生办学协作关系。新华社2013年报道：学生先在宁夏学文化课和专业基础课，再到沿海协议学校技能培训、实习并推荐就业，累计培养中职生8万多人，5万多人在沿海就业。来源举出的东部省份为山东、福建“等”，其余未列出，故只收这两条；结束年不详，按持续计。`,
      `Secondary vocational schools in ${label(e, 'en')} take part in Ningxia’s East–West joint enrolment and cooperative schooling. Gao and Guo (2025): from 2005 Ningxia held several joint-enrolment fairs and set up joint-enrolment cooperation with more than 200 eastern secondary vocational schools. Xinhua (2013): students first study general and basic specialty courses in Ningxia, then train and intern at partner schools on the coast, which recommend them for jobs; over 80,000 secondary vocational students had been trained and over 50,000 were employed on the coast. The sources name Shandong and Fujian “and others”; the rest are not listed, so only these two pairings are included. No end year is documented; treated as continuing.`),
    exemplars: [T('中等职业教育东西部联合招生合作办学洽谈会', 'East–West joint-enrolment and cooperative-schooling fairs for secondary vocational education')],
    confidence: 'medium', sourceIds: [GAO, 'pair-src-gov-cn-2013-02-21'],
  });
}
// 滇西实施方案 (row 62): no eastern party named — inferred, flagged, low.
add({
  id: 'dianxi-plan-shanghai-yunnan', east: party('shanghai'), west: party('yunnan', 'dianxi'), programme: 'dianxi-plan', model: 'resource-complementary',
  startYear: 2017, endYear: 2020, rows: [62], resources: [],
  description: T(
    '教育部办公厅2017年9月印发《职业教育东西协作行动计划滇西实施方案（2017—2020年）》（教职成厅〔2017〕4号），以促进就业脱贫为导向，建立多方联动、通力合作、整体提升的职业教育扶贫新机制（高士晶、郭子菱2025）。所据文本只写“东部地区职教集团等”，没有列出东部省市。',
    'In September 2017 the MOE General Office issued the Western Yunnan Implementation Plan (2017–2020) of the East–West Vocational Education Collaboration Action Plan (document [2017] No. 4), aimed at lifting people out of poverty through employment with a new multi-party mechanism for vocational poverty alleviation (Gao and Guo 2025). The text used says only “eastern vocational education groups and others” and lists no eastern province or city.'),
  interpretation: T(
    '东部一方为推断：来源未列出参与的东部省市。这里以上海为东部一方，只因为上海是云南在东西部扶贫协作中的结对省市（1996年起；2016年名单仍为上海帮扶云南）。这一条不表示上海是该方案点名的参与方。',
    'The eastern party is inferred: the sources list no participating eastern province or city. Shanghai is used only because it is Yunnan’s partner in East–West poverty-alleviation collaboration (since 1996; confirmed in the 2016 list). This pairing does not claim that the plan names Shanghai.'),
  confidence: 'low', sourceIds: ['pair-src-moe-2017-dianxi', GAO, X16],
});
// 青岛市职业教育东西协作行动计划实施方案 (row 76)
for (const [slug, prv, pl, zhYear, enYear] of [['anshun', 'guizhou', 'anshun', '青岛西海岸新区2015年与安顺经开区建立扶贫协作关系', 'Qingdao West Coast New Area set up poverty collaboration with Anshun Economic Development Zone in 2015'], ['longnan', 'gansu', 'longnan', '青岛西海岸新区2017年与陇南武都区建立扶贫协作关系', 'Qingdao West Coast New Area set up poverty collaboration with Wudu District, Longnan, in 2017']]) {
  add({
    id: `vet-plan-qingdao-${slug}`, east: party('shandong', 'qingdao', ['青岛市教育局', 'Qingdao Municipal Education Bureau']), west: party(prv, pl),
    programme: 'vet-ew-action-plan', model: 'resource-complementary', startYear: 2017, endYear: 2020, rows: [76], resources: ['enrolment', 'enterprises'],
    description: T(
      `2017年青岛市教育局印发《青岛市职业教育东西协作行动计划实施方案》，以职业教育和培训为重点，实现协作城市贫困人口就业脱贫与青岛市劳动力缺口补充的有效对接（高士晶、郭子菱2025）。论文把该方案与2016年国家行动计划、2017年滇西方案并列为政策驱动帮扶型向资源互补合作型升级的标志。结束年按国家行动计划取2020年。`,
      `In 2017 the Qingdao Municipal Education Bureau issued the Qingdao Implementation Plan of the East–West Vocational Education Collaboration Action Plan, focused on vocational education and training, to match poor people of the partner cities finding work with Qingdao’s labour shortages (Gao and Guo 2025). The paper lists it with the 2016 national Action Plan and the 2017 Western Yunnan plan as marking the upgrade from the policy-driven to the resource-complementary model. The end year follows the national Action Plan (2020).`),
    exemplars: [T('《青岛市职业教育东西协作行动计划实施方案》', 'Qingdao Implementation Plan of the East–West Vocational Education Collaboration Action Plan')],
    interpretation: T(
      `论文只说“协作城市”，没有点名。这里把${slug === 'anshun' ? '安顺' : '陇南'}读作协作城市之一，依据是${zhYear}（另一篇报道）。`,
      `The paper says only “partner cities” and names none. ${slug === 'anshun' ? 'Anshun' : 'Longnan'} is read here as one of them because ${enYear} (a separate report).`),
    confidence: 'low', sourceIds: [GAO, 'pair-src-qingdao-west-coast-2019'],
  });
}
// The paper's named cases (rows 66, 67, 69, 71, 72, 73, 75)
const caseAdd = (p) => add({ programme: 'named-case', endYear: null, exemplars: [], interpretation: null, ...p });
caseAdd({
  id: 'case-jiangsu-shaanxi', east: party('jiangsu'), west: party('shaanxi'), model: 'resource-complementary', startYear: null, rows: [66], resources: [],
  startNote: T(
    '起始年不详：论文没有给出，表2表体缺失。地图从2016年起画出：论文把资源互补合作型的形成放在2016年《职业教育东西协作行动计划（2016—2020年）》之后（二、(二) ¶1），并以苏陕协作、津新合作为其代表（二、(二) ¶2）；2016年是论文所能支持的最早年份，不是协作的起点。2016年12月的结对名单（新华社）也仍为江苏帮扶陕西。',
    'Start unknown: the paper gives none and the body of Table 2 is missing. The map draws it from 2016: the paper places the forming of the resource-complementary model after the 2016 East–West Vocational Education Collaboration Action Plan (2016–2020) (§二(二) ¶1) and names Jiangsu–Shaanxi and Tianjin–Xinjiang as its representatives (§二(二) ¶2); 2016 is the earliest year the paper supports, not the start of the collaboration. The December 2016 list of pairs (Xinhua) still has Jiangsu helping Shaanxi.'),
  firstDocumented: { year: 2016, sourceId: GAO },
  description: T(
    '高士晶、郭子菱（2025）把“苏陕协作”列为资源互补合作型模式的代表（表2；表体在所用文本中缺失，协作的内容因此不详）。江苏与陕西自1996年起在东西部扶贫协作中结对（另见各轮的结对条目）。论文同一节举的江苏海事职业技术学院—延安职业技术学院是江苏与陕西之间的院校合作，但论文没有说它属于表2。',
    'Gao and Guo (2025) name “Jiangsu–Shaanxi collaboration” as a representative of the resource-complementary model (Table 2, whose body is missing from the text used, so its content is unknown). Jiangsu and Shaanxi have been paired in East–West poverty collaboration since 1996 (see the pairings of each round). The paper’s Jiangsu Maritime Institute–Yan’an case in the same section links the two provinces, but the paper does not say it belongs to Table 2.'),
  confidence: 'medium-low', sourceIds: [GAO, X16],
});
caseAdd({
  id: 'case-tianjin-xinjiang', east: party('tianjin'), west: party('xinjiang', 'hotan'), model: 'resource-complementary', startYear: null, rows: [67], resources: [],
  startNote: T(
    '起始年不详：论文没有给出，表2表体缺失。地图从2016年起画出：论文把资源互补合作型的形成放在2016年《职业教育东西协作行动计划（2016—2020年）》之后（二、(二) ¶1），并以苏陕协作、津新合作为其代表（二、(二) ¶2）；2016年是论文所能支持的最早年份，不是协作的起点。',
    'Start unknown: the paper gives none and the body of Table 2 is missing. The map draws it from 2016: the paper places the forming of the resource-complementary model after the 2016 East–West Vocational Education Collaboration Action Plan (2016–2020) (§二(二) ¶1) and names Jiangsu–Shaanxi and Tianjin–Xinjiang as its representatives (§二(二) ¶2); 2016 is the earliest year the paper supports, not the start of the collaboration.'),
  firstDocumented: { year: 2016, sourceId: GAO },
  description: T(
    '高士晶、郭子菱（2025）把“津新合作”列为资源互补合作型模式的代表（表2；表体在所用文本中缺失）。天津自2010年起对口支援和田地区策勒、于田、民丰县（见“对口支援新疆”）。',
    'Gao and Guo (2025) name “Tianjin–Xinjiang (Jin–Xin) cooperation” as a representative of the resource-complementary model (Table 2, whose body is missing from the text used). Tianjin has aided Qira, Keriya and Niya counties of Hotan since 2010 (see “Paired aid to Xinjiang”).'),
  interpretation: T(
    '论文只写“津新合作”。这里读作天津—新疆，并把新疆一方落在和田地区，依据是2010年对口援疆名单中天津支援和田地区策勒、于田、民丰县；论文没有说明。',
    'The paper writes only “津新合作”. It is read here as Tianjin–Xinjiang, with the Xinjiang side placed in Hotan Prefecture because the 2010 aid list pairs Tianjin with Qira, Keriya and Niya counties of Hotan; the paper does not say so.'),
  confidence: 'medium-low', sourceIds: [GAO, XJ],
});
caseAdd({
  id: 'case-zhejiang-qinghai', east: party('zhejiang'), west: party('qinghai', 'haixi'), model: 'industry-education', startYear: null, rows: [69], resources: [],
  startNote: T(
    '起始年不详：论文没有给出，表3表体缺失。地图从2019年起画出：论文把产教融合共建型的衍生放在2019年《国家产教融合建设试点实施方案》等之后（二、(三) ¶1，部分文字错排在二、(二) ¶2），并以粤黔协作、浙青协作为其代表（二、(三) ¶2）；2019年是论文所能支持的最早年份，不是协作的起点。',
    'Start unknown: the paper gives none and the body of Table 3 is missing. The map draws it from 2019: the paper places the emergence of the industry–education model after the 2019 Implementation Plan for National Industry–Education Integration Pilots and later steps (§二(三) ¶1, part of it displaced into §二(二) ¶2) and names Guangdong–Guizhou and Zhejiang–Qinghai as its representatives (§二(三) ¶2); 2019 is the earliest year the paper supports, not the start of the collaboration.'),
  firstDocumented: { year: 2019, sourceId: GAO },
  description: T(
    '高士晶、郭子菱（2025）把“浙青协作”列为产教融合共建型模式的代表（表3；表体在所用文本中缺失）。浙江自2010年起对口支援青海海西州，青海日报2025年报道其开办中职班（见“对口支援青海”）。',
    'Gao and Guo (2025) name “浙青协作” as a representative of the industry–education joint-building model (Table 3, whose body is missing from the text used). Zhejiang has aided Haixi, Qinghai, since 2010, and Qinghai Daily (2025) reports that it runs secondary vocational classes there (see “Paired aid to Qinghai”).'),
  interpretation: T(
    '论文只写“浙青协作”，表体缺失，没有给出定义。这里读作浙江—青海（海西州），依据是浙江2010年起对口支援海西州并开办中职班；这是推断，未经论文证实。',
    'The paper writes only “浙青协作”; the table body is missing and gives no definition. It is read here as Zhejiang–Qinghai (Haixi Prefecture) because Zhejiang has aided Haixi since 2010 and runs secondary vocational classes there; this is an inference the paper does not confirm.'),
  confidence: 'low', sourceIds: [GAO, 'pair-src-qinghai-daily-2025-07-22'],
});
caseAdd({
  id: 'case-jiangsu-maritime-yanan', east: party('jiangsu', null, ['江苏海事职业技术学院', 'Jiangsu Maritime Institute']),
  west: party('shaanxi', 'yanan', ['延安职业技术学院', 'Yan’an Vocational and Technical College']), model: 'resource-complementary', startYear: 2019, rows: [71], resources: ['specialties'],
  description: T(
    '2019年，江苏海事职业技术学院与延安职业技术学院签订战略合作协议，精准对接开展航海职业教育对口帮扶（高士晶、郭子菱2025，资源互补合作型一节）。只有论文一个来源；结束年不详。',
    'In 2019 Jiangsu Maritime Institute and Yan’an Vocational and Technical College signed a strategic cooperation agreement for targeted paired assistance in maritime vocational education (Gao and Guo 2025, section on the resource-complementary model). The paper is the only source; the end year is unknown.'),
  exemplars: [T('航海职业教育对口帮扶', 'Paired assistance in maritime vocational education')],
  confidence: 'medium-low', sourceIds: [GAO],
});
caseAdd({
  id: 'case-guangzhou-light-industry-bijie', east: party('guangdong', 'guangzhou', ['广州市轻工技师学院', 'Guangzhou Light Industry Technician College']),
  west: party('guizhou', 'bijie', ['毕节市第一技工学校', 'Bijie No. 1 Technical School']), model: 'resource-complementary', startYear: 2019, rows: [72], resources: ['teachers', 'curricula'],
  description: T(
    '2019年，毕节市第一技工学校与广州市轻工技师学院在师资培训、技能脱贫专班共建、技能专家团队培养及资源共享等方面就如何互融互通、实现双赢达成共识（高士晶、郭子菱2025；所用文本此句被排版错位截断，按内容拼合）。只有论文一个来源；结束年不详。',
    'In 2019 Bijie No. 1 Technical School and Guangzhou Light Industry Technician College agreed on how to integrate and both gain in teacher training, jointly run skills-for-poverty-relief classes, developing teams of skills experts and sharing resources (Gao and Guo 2025; in the text used this sentence is split by a layout error and is pieced together by content). The paper is the only source; the end year is unknown.'),
  exemplars: [T('技能脱贫专班共建', 'Jointly run skills-for-poverty-relief classes')],
  confidence: 'medium-low', sourceIds: [GAO],
});
caseAdd({
  id: 'case-suibi-alliance', east: party('guangdong', 'guangzhou'),
  west: party('guizhou', 'bijie', ['毕节职业技术学院', 'Bijie Vocational and Technical College']), model: 'industry-education', startYear: 2022, rows: [73], resources: ['enterprises', 'governance'],
  description: T(
    '2022年，毕节职业技术学院牵头成立“穗毕人力资源开发协作产教联盟”，并与企业共建“毕节广州人力资源开发基地”，构建产教供需适配机制（高士晶、郭子菱2025）。联盟本身只见于论文；2025年11月“粤黔协作”帮扶促就业现场对接活动在毕节职业技术学院举行（人民网贵州）。',
    'In 2022 Bijie Vocational and Technical College led the founding of the Guangzhou–Bijie (Sui–Bi) Human-Resource Development Collaboration Industry–Education Alliance and built the Bijie–Guangzhou Human-Resource Development Base with enterprises, to match industry demand and training supply (Gao and Guo 2025). The alliance itself is documented only in the paper; in November 2025 a Guangdong–Guizhou employment-matching event was held at the college (People’s Daily Online, Guizhou).'),
  exemplars: [T('穗毕人力资源开发协作产教联盟', 'Guangzhou–Bijie Human-Resource Development Collaboration Industry–Education Alliance'),
    T('毕节广州人力资源开发基地', 'Bijie–Guangzhou Human-Resource Development Base')],
  confidence: 'medium-low', sourceIds: [GAO, 'pair-src-people-guizhou-2025-11'],
});
const HUISHUI_ZH = '2019年之后，贵州省惠水县中等职业学校先后与广东美的集团、东莞德普特电子有限公司等知名企业签订订单班，探索“广东制造业+惠水人才培育”新模式（高士晶、郭子菱2025，产教融合共建型一节）。论文按企业举出两家，此处拆为两条；“等”字所含的其他企业未列出。结束年不详。惠水县属黔南州。只有论文一个来源。';
const HUISHUI_EN = 'After 2019 Huishui County Secondary Vocational School (Guizhou) signed order classes with well-known firms including Guangdong’s Midea Group and Dongguan Deputer Electronics, exploring a “Guangdong manufacturing + Huishui talent” model (Gao and Guo 2025, section on the industry–education model). The paper names two firms, split here into two pairings; the others covered by “and others” are not named. The end year is unknown. Huishui County is in Qiannan Prefecture. The paper is the only source.';
for (const [slug, city, inst] of [['midea', null, ['广东美的集团', 'Midea Group (Guangdong)']], ['deputer', 'dongguan', ['东莞德普特电子有限公司', 'Dongguan Deputer Electronics Co., Ltd.']]]) {
  caseAdd({
    id: `case-${slug}-huishui`, east: party('guangdong', city, inst),
    west: party('guizhou', 'qiannan', ['惠水县中等职业学校', 'Huishui County Secondary Vocational School']), model: 'industry-education', startYear: null, rows: [75], resources: ['enterprises', 'enrolment'],
    startNote: T('起始年不详：论文只说“2019年之后”。地图从2019年起画出。', 'Start unknown: the paper says only “after 2019”. The map draws it from 2019.'),
    firstDocumented: { year: 2019, sourceId: GAO },
    description: T(HUISHUI_ZH, HUISHUI_EN),
    exemplars: [T('订单班', 'Order classes'), T('“广东制造业+惠水人才培育”', '“Guangdong manufacturing + Huishui talent”')],
    confidence: 'medium-low', sourceIds: [GAO],
  });
}

// ---------------------------------------------------------------- checks and output
const csvRows = readFileSync(csvPath, 'utf8').split('\n').filter((l) => l.trim()).length - 1;
for (let r = 1; r <= csvRows; r++) {
  if (!usedRows.has(r) && !DROPPED.has(r)) throw new Error(`CSV row ${r} is neither mapped nor dropped`);
}
const ids = new Set();
for (const p of pairings) {
  if (ids.has(p.id)) throw new Error(`duplicate pairing id ${p.id}`);
  ids.add(p.id);
  if (!PROGRAMMES.some((g) => g.id === p.programme)) throw new Error(`${p.id}: unknown programme ${p.programme}`);
  for (const s of p.sourceIds) if (!sourceIds.has(s)) throw new Error(`${p.id}: unknown source ${s}`);
  for (const c of [p.east.adcode, p.west.adcode]) if (!prov.has(c)) throw new Error(`${p.id}: unknown adcode ${c}`);
  if (p.endYear !== null && p.endYear < shownFrom(p)) throw new Error(`${p.id}: endYear before its start`);
  if (!p.sourceIds.includes(p.firstDocumented.sourceId)) throw new Error(`${p.id}: firstDocumented source not cited`);
  if (p.firstDocumented.year > yearOf(p.firstDocumented.sourceId)) throw new Error(`${p.id}: documented after its source`);
  if (p.startYear !== null && p.startYear > p.firstDocumented.year) throw new Error(`${p.id}: documented before its start`);
}
for (const g of PROGRAMMES) {
  if (!pairings.some((p) => p.programme === g.id)) throw new Error(`programme ${g.id} has no pairing`);
  for (const s of g.sourceIds) if (!sourceIds.has(s)) throw new Error(`${g.id}: unknown source ${s}`);
}
const usedSources = new Set([...pairings.flatMap((p) => p.sourceIds), ...PROGRAMMES.flatMap((g) => g.sourceIds)]);
for (const s of SOURCES) if (!usedSources.has(s.id)) throw new Error(`source ${s.id} is not cited`);
for (const [prog, year] of [['tibet-class', 2010], ['vet-ew-action-plan', 2019], ['ew-2021', 2022]]) {
  const n = pairings.filter((p) => p.programme === prog && shownFrom(p) <= year && (p.endYear === null || p.endYear >= year)).length;
  if (!n) throw new Error(`no ${prog} pairing active in ${year}`);
}

writeFileSync(join(dataDir, 'pairings.json'), `${JSON.stringify({ programmes: PROGRAMMES, pairings })}\n`); // compact: the map's first screen loads it
writeFileSync(join(dataDir, 'descriptions.json'), `${JSON.stringify({ pairings: descriptions }, null, 1)}\n`);
writeFileSync(join(dataDir, 'sources.pairings.json'), `${JSON.stringify({ sources: SOURCES }, null, 2)}\n`);
const count = (f) => pairings.reduce((m, p) => ((m[f(p)] = (m[f(p)] ?? 0) + 1), m), {});
console.log(`data/pairings.json: ${PROGRAMMES.length} programmes, ${pairings.length} pairings`);
console.log('by model', count((p) => p.model));
console.log('by programme', count((p) => p.programme));
console.log(`data/sources.pairings.json: ${SOURCES.length} sources; dropped CSV rows: ${[...DROPPED.keys()].join(', ')}`);
