import type { Designation } from '@icg/graph';

/**
 * History the curated records state in prose (descriptions, notes, a story) but not in fields: former names
 * with their years, masters and apprentices, and one designation. Each note quotes the words it rests on
 * (`evidence`) and names the record that holds them (`statedIn`, an entities.json id); the importer applies a
 * note only when that record contains the quote, and reports it otherwise, so these notes cannot drift from
 * the data they read. FOUNDED relations with `original_name` give former names too; the importer reads those
 * directly, so they are not repeated here.
 */
export interface HistoryEvidence {
  /** Id of the entities.json record whose text holds the evidence; defaults to the entity the note is about. */
  statedIn?: string;
  /** Words quoted exactly from that record. */
  evidence: string;
}

export interface FormerNameNote extends HistoryEvidence {
  entity: string;
  name: string;
  from?: number;
  to?: number;
  note?: string;
}

export interface PersonNote extends HistoryEvidence {
  entity: string;
  role: 'master' | 'apprentice';
  name: string;
  year?: number;
  /** Id of the Technique node taught. */
  technique?: string;
}

export interface DesignationNote extends HistoryEvidence {
  entity: string;
  designation: Designation;
}

export const FORMER_NAME_NOTES: readonly FormerNameNote[] = [
  { entity: 'ent-maoxin', name: '保兴面粉厂', from: 1900, evidence: '初名保兴，后改名茂新' },
  {
    entity: 'ent-maoxin',
    name: '无锡市第一面粉厂',
    evidence: '新中国成立后曾改名无锡市第一面粉厂',
    note: '新中国成立后',
  },
  {
    entity: 'ent-jinling-arsenal',
    name: '金陵兵工厂',
    evidence: '后经金陵兵工厂、华东军械总厂、南京晨光机器厂等演变为晨光集团',
    note: '演变序列：金陵机器制造局 → 金陵兵工厂 → 华东军械总厂 → 南京晨光机器厂 → 晨光集团',
  },
  {
    entity: 'ent-jinling-arsenal',
    name: '华东军械总厂',
    evidence: '后经金陵兵工厂、华东军械总厂、南京晨光机器厂等演变为晨光集团',
    note: '演变序列：金陵机器制造局 → 金陵兵工厂 → 华东军械总厂 → 南京晨光机器厂 → 晨光集团',
  },
  {
    // The names carrying 晨光 go with the successor node, the earlier ones stay with the arsenal (as the
    // curated alias 金陵兵工厂 does); the data gives no year for the SUCCEEDED_BY between them.
    entity: 'ent-chenguang',
    name: '南京晨光机器厂',
    statedIn: 'ent-jinling-arsenal',
    evidence: '后经金陵兵工厂、华东军械总厂、南京晨光机器厂等演变为晨光集团',
    note: '演变序列：金陵机器制造局 → 金陵兵工厂 → 华东军械总厂 → 南京晨光机器厂 → 晨光集团',
  },
  {
    entity: 'ent-dacheng',
    name: '大纶久记纺织厂',
    to: 1930,
    evidence: '1930年接盘大纶久记纺织厂改组而成',
    note: '刘国钧接盘改组',
  },
  {
    entity: 'ent-daming',
    name: '公私合营大明纺织厂',
    from: 1954,
    to: 1966,
    statedIn: 'story-daming-public-private',
    evidence: '工厂更名公私合营大明纺织厂，1966年改称国营常州第四棉纺织厂',
  },
  { entity: 'ent-daming', name: '国营常州第四棉纺织厂', from: 1966, evidence: '1966年更名国营常州第四棉纺织厂' },
  {
    entity: 'ent-hengyuanchang',
    name: '三和布厂',
    to: 1933,
    statedIn: 'en-mao-xizhang',
    evidence: '1933年接手三和布厂改名恒源布厂',
  },
  {
    entity: 'ent-hengyuanchang',
    name: '恒源布厂',
    from: 1933,
    to: 1936,
    statedIn: 'en-mao-xizhang',
    evidence: '1933年接手三和布厂改名恒源布厂，1936年成立恒源畅染织股份有限公司',
  },
  {
    entity: 'ent-hengyuanchang',
    name: '常州第五毛纺织厂',
    evidence: '后为常州第五毛纺织厂',
    note: '后来的名称，年份未见于记录',
  },
  {
    entity: 'ent-hengshun',
    name: '镇江恒顺酱醋厂',
    evidence: '20世纪50年代公私合营后，40多家小企业合并为镇江恒顺酱醋厂',
    statedIn: 'story-hengshun-vinegar',
    note: '20世纪50年代公私合营时40多家小企业合并而成',
  },
  {
    entity: 'ent-wu-luheng',
    name: '吴鲁衡罗经店',
    from: 1723,
    statedIn: 'story-wanan-compass',
    evidence: '创办吴鲁衡罗经店',
  },
  { entity: 'ent-gujing', name: '减店公社酒厂', from: 1958, to: 1959, evidence: '1958年改为减店公社酒厂' },
  { entity: 'ent-gujing', name: '亳县古井酒厂', from: 1959, evidence: '1959年扩建为省营亳县古井酒厂' },
  { entity: 'ent-masteel', name: '马鞍山炼铁厂', evidence: '前身马鞍山炼铁厂' },
  { entity: 'ent-yuzhong', name: '芜湖纺织厂', evidence: '后为芜湖纺织厂', note: '后来的名称，年份未见于记录' },
  {
    entity: 'ent-yangzhou-flour',
    name: '高邮裕亨麦粉厂',
    from: 1906,
    to: 1931,
    evidence: '前身为1906年创办的高邮裕亨麦粉厂，1931年迁至扬州并改名',
  },
  {
    entity: 'ent-yangzhou-flour',
    name: '扬州面粉厂兴记股份有限公司',
    from: 1931,
    evidence: '1931年迁至扬州并改名扬州面粉厂兴记股份有限公司',
  },
  { entity: 'ent-crrc-qishuyan', name: '吴淞机厂', from: 1898, evidence: '前身为1898年在上海成立的吴淞机厂' },
  {
    entity: 'ent-huadian-qishuyan',
    name: '震华制造电气机械总厂',
    from: 1921,
    evidence: '始建于1921年的发电企业，前身为震华制造电气机械总厂',
  },
  {
    entity: 'ent-nanjing-yunjin',
    name: '云锦研究工作组',
    from: 1954,
    to: 1957,
    evidence: '前身为1954年成立的云锦研究工作组，1957年经江苏省政府批准成立南京市云锦研究所',
  },
  {
    entity: 'ent-nanjing-yunjin',
    name: '南京市云锦研究所',
    from: 1957,
    evidence: '1957年经江苏省政府批准成立南京市云锦研究所',
  },
  {
    entity: 'ent-shexian-laohukaiwen',
    name: '歙县老胡开文墨厂',
    from: 1956,
    evidence: '1956年公私合营后成立歙县老胡开文墨厂',
  },
  { entity: 'ent-wuhu-arts-crafts', name: '芜湖市铁画厂', evidence: '原名芜湖市铁画厂' },
  { entity: 'mu-huaibei-mining', name: '国家矿山博物馆', to: 2012, evidence: '原名“国家矿山博物馆”，2012年更名' },
  { entity: 'en-rong-zongjing', name: '荣宗锦', evidence: '原名宗锦' },
];

export const PERSON_NOTES: readonly PersonNote[] = [
  {
    entity: 'cr-xu-xiutang',
    role: 'master',
    name: '任淦庭',
    year: 1954,
    technique: 'tech-yixing-zisha',
    evidence: '1954年师从陶刻名艺人任淦庭',
  },
  {
    entity: 'cr-wang-yinxian',
    role: 'master',
    name: '吴云根',
    technique: 'tech-yixing-zisha',
    evidence: '师从吴云根、朱可心',
  },
  {
    entity: 'cr-wang-yinxian',
    role: 'master',
    name: '朱可心',
    technique: 'tech-yixing-zisha',
    evidence: '师从吴云根、朱可心',
  },
  {
    entity: 'cr-wang-jinshan',
    role: 'master',
    name: '沈金水',
    year: 1956,
    technique: 'tech-suzhou-kesi',
    evidence: '1956年师从沈金水学缂丝',
  },
  ...['徐汉棠', '高海庚', '李昌鸿'].map((name): PersonNote => ({
    entity: 'cr-gu-jingzhou',
    role: 'apprentice',
    name,
    technique: 'tech-yixing-zisha',
    evidence: '培养徐汉棠、高海庚、李昌鸿等弟子',
  })),
  ...['沈遽华', '束凤英', '吴群祥'].map((name): PersonNote => ({
    entity: 'cr-gu-jingzhou',
    role: 'apprentice',
    name,
    technique: 'tech-yixing-zisha',
    statedIn: 'story-gu-jingzhou-cooperative',
    evidence: '带出徐汉棠、高海庚、李昌鸿、沈遽华、束凤英、吴群祥等一批弟子',
  })),
];

export const DESIGNATION_NOTES: readonly DesignationNote[] = [
  {
    // heritage_level says national and the note names the list, but no field or text gives the entry.
    entity: 'hs-qishuyan-locomotive',
    designation: { list: '国家工业遗产', level: 'national', note: '批次未见于来源' },
    evidence: '国家工业遗产批次未见于来源',
  },
];
