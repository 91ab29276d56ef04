/**
 * The id of each candidate, by its name in candidates.json, formed as the curated records' ids are: a kind prefix
 * (hs-, mu-, ts-, cr-, tech-) and ASCII words; people by the pinyin of surname and given name (cr-gu-jingzhou), sites
 * and techniques by place and subject in English (hs-dasheng-cotton-mill, tech-yixing-zisha). Written out rather
 * than generated, so an id never changes when a name's spelling or a transliteration library does; a candidate
 * missing here stops the conversion with its name.
 */
export const CANDIDATE_IDS: Readonly<Record<string, string>> = {
  双沟老窖池群及酿酒作坊: 'hs-shuanggou-cellars',
  口子窖窖池群及酿酒作坊: 'hs-kouzi-cellars',
  '合肥钢铁厂（合钢）工业遗产': 'hs-hefei-steel',
  '南京汽轮电机厂（工业遗产类历史建筑）': 'hs-nanjing-turbine-motor',
  '南京曙光机械厂（工业遗产类历史建筑）': 'hs-nanjing-shuguang-machinery',
  '南京光学仪器厂（工业遗产类历史建筑）': 'hs-nanjing-optical-instrument',
  '南京手表厂（工业遗产类历史建筑）': 'hs-nanjing-watch',
  '盐城中国海盐博物馆（盐城市博物馆）': 'mu-china-sea-salt',
  南通万仟梦工厂: 'ts-nantong-wanqian-dream-factory',
  亚振家居工业旅游区: 'ts-yazhen-furniture',
  南通帽饰文创园: 'ts-nantong-hat-park',
  蒋蓉: 'cr-jiang-rong',
  吕尧臣: 'cr-lv-yaochen',
  徐汉棠: 'cr-xu-hantang',
  谭泉海: 'cr-tan-quanhai',
  李昌鸿: 'cr-li-changhong',
  周桂珍: 'cr-zhou-guizhen',
  顾绍培: 'cr-gu-shaopei',
  鲍志强: 'cr-bao-zhiqiang',
  曹亚麟: 'cr-cao-yalin',
  毛国强: 'cr-mao-guoqiang',
  季益顺: 'cr-ji-yishun',
  吴鸣: 'cr-wu-ming',
  葛军: 'cr-ge-jun',
  张宇: 'cr-zhang-yu',
  顾永骏: 'cr-gu-yongjun',
  高毅进: 'cr-gao-yijin',
  郑寒: 'cr-zheng-han',
  曹永盛: 'cr-cao-yongsheng',
  项德胜: 'cr-xiang-desheng',
  洪建华: 'cr-hong-jianhua',
  '绿茶制作技艺（碧螺春制作技艺）': 'tech-green-tea-biluochun',
  '绿茶制作技艺（雨花茶制作技艺）': 'tech-green-tea-yuhua',
  '红茶制作技艺（祁门红茶制作技艺）': 'tech-black-tea-keemun',
  '绿茶制作技艺（六安瓜片）': 'tech-green-tea-luan-guapian',
  '绿茶制作技艺（太平猴魁）': 'tech-green-tea-taiping-houkui',
  '绿茶制作技艺（黄山毛峰）': 'tech-green-tea-huangshan-maofeng',
  '中医传统制剂方法（雷允上六神丸制作技艺）': 'tech-medicine-leiyunshang-liushen-pill',
  '中医传统制剂方法（致和堂膏滋药制作技艺）': 'tech-medicine-zhihetang-paste',
  '中医传统制剂方法（季德胜蛇药制作技艺）': 'tech-medicine-jidesheng-snake-remedy',
  '中医传统制剂方法（王氏保赤丸制作技艺）': 'tech-medicine-wangshi-baochi-pill',
};

/**
 * The techniques a master's record names, by the words it names them with, and the curated Technique each is. Only
 * the words of the curated technique itself count: 宜兴紫砂 is 宜兴紫砂陶制作技艺, but 宜兴陶瓷 (four of the
 * masters) could be 紫砂 or 均陶, so those masters stay without a PRACTICES until a curator says which.
 */
export const NAMED_TECHNIQUES: readonly { words: string; techniqueId: string }[] = [
  { words: '宜兴紫砂', techniqueId: 'tech-yixing-zisha' },
  { words: '扬州漆器', techniqueId: 'tech-yangzhou-lacquer' },
  { words: '扬州玉雕', techniqueId: 'tech-jade-carving-yangzhou' },
  { words: '歙砚', techniqueId: 'tech-she-inkstone' },
  { words: '徽州三雕', techniqueId: 'tech-huizhou-three-carvings' },
  { words: '徽墨', techniqueId: 'tech-hui-ink' },
  { words: '徽州竹雕', techniqueId: 'tech-bamboo-carving-huizhou' },
];
