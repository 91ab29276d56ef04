/**
 * Hosts whose class the rules name one by one: every host the curated records and the candidates cite, plus the
 * national and provincial outlets a survey is likely to cite next. A host matches an entry equal to it or to one of
 * its parent domains (`vip.people.com.cn` matches `people.com.cn`). Government hosts need no entry: any host under
 * `gov.cn` is official. The classes and the reasons are in docs/source-quality.md.
 */

/** An organisation's own site, about itself or its own subject. */
export const OFFICIAL_HOSTS: readonly string[] = [
  // 晨光1865 creative park's own site, on a site builder.
  'cg1865.zuoffice.com',
  // 张謇研究 in 南通: the institute's own site on its subject.
  'zjyjnt.com.cn',
  // 扬州市工艺美术协会: the association's own list of masters.
  'yzgmxh.com',
  // The intangible-heritage authority's own list (the source the GitHub copy names).
  'ihchina.cn',
];

/** News agencies, national media, and the newspapers and broadcasters of the provinces and their cities. */
export const PRESS_HOSTS: readonly string[] = [
  'xinhuanet.com',
  'news.cn',
  'people.com.cn',
  'cctv.com',
  'cntv.cn',
  'chinanews.com',
  'chinanews.com.cn',
  'china.com.cn',
  'cri.cn',
  'chinadaily.com.cn',
  'gmw.cn',
  'ce.cn',
  // 中国工业报, the paper of the Ministry of Industry and Information Technology.
  'cinn.cn',
  // 中国文化网 of the Ministry of Culture.
  'cccweb.org',
  // Jiangsu: 新华日报, 扬子晚报, 中国江苏网, 江苏广电 and its 我苏网, 南京日报, 无锡日报, 中国南通网.
  'xhby.net',
  'yangtse.com',
  'jschina.com.cn',
  'jstv.com',
  'ourjiangsu.com',
  'njdaily.cn',
  'wxrb.com',
  'zgnt.net',
  // Anhui: 安徽日报 and 中安在线, 安徽网 (新安晚报), 安徽商报.
  'ahnews.com.cn',
  'anhuinews.com',
  'ahwang.cn',
  'ahscb.com',
  // Other provinces' papers, cited on Jiangsu and Anhui subjects: 羊城晚报, 荆楚网 (湖北日报), 浙江在线.
  'ycwb.com',
  'cnhubei.com',
  'zjol.com.cn',
  // 雅昌艺术网: the art trade's own press.
  'artron.net',
];

/** Encyclopedias, their readers, and periodicals and papers under licence. */
export const REFERENCE_HOSTS: readonly string[] = [
  'baike.baidu.com',
  'baike.baidu.hk',
  'wikipedia.org',
  'wikiwand.com',
  'wikidata.org',
  'baike.sogou.com',
  'baike.so.com',
  'baike.com',
  // 牛頓百科.
  'newton.com.tw',
  // 龙源期刊网 and the journals it hosts.
  'qikan.com.cn',
  'qikan.cn',
  'scholarmate.com',
];

/**
 * Sites that republish what others wrote, unrelated to the subject: news mirrors (most of the curated sources, as the
 * data's README says), copies of encyclopedia entries and periodicals, and the GitHub copy of the intangible-heritage
 * list. Recognised by their names and by the paths they keep from the page they copied (`t20241016_93503.html`,
 * `content_136050.htm`, `c_1129945646.htm`).
 */
export const REPOST_HOSTS: readonly string[] = [
  // The national intangible-heritage list as a CSV on GitHub: a copy of ihchina.cn's list.
  'github.com',
  // Mirrors of encyclopedia entries.
  'mbji.cn',
  '9aivip.com',
  'bk.haodianxin.cn',
  'dingdingkaijiang.cn',
  'wzkp.org.cn',
  // Mirrors of periodicals.
  'fx361.com',
  'fx361.cc',
  'soolun.net',
  'jxxfw.com',
  'gsh.cdsy.xyz',
  // Mirrors of 今日头条 and 一点资讯 articles.
  'ttnews.xyz',
  'zi.media',
  // A county media platform of Hubei and a Henan one, republishing news of other provinces.
  'baokang.cjyun.org',
  'tt.hnmdtv.com',
  // 中华网's republished news (`/zw/`).
  'news.china.com',
  // News mirrors on unrelated names.
  '17huzhuyou.com',
  '17marry.cn',
  '32196.com',
  '33pp.com',
  '413yy.cn',
  '7tqp.com',
  '858835.com',
  '86hh.com',
  '968545.com',
  '995866.com',
  'admin.richbox.biz',
  'axdbkk.com',
  'bbs.co188.com',
  'bhkqc.com',
  'biopbs.com',
  'birdzirk.com',
  'bizmixx.com',
  'bldspurines.cn',
  'blob.wenxiaobai.com',
  'by1723.com',
  'caomaotv.com',
  'cnfanrong.com',
  'cnkyw.cn',
  'csjbk.com',
  'daodiansi.com',
  'ddtbk.com',
  'dfrtw.com',
  'dgahdf.cn',
  'dingqianjf.com',
  'dlnp.com.cn',
  'dmpxhzm.com',
  'drbdp.com',
  'dxsbao.com',
  'eagle1author.com',
  'sfuzjapj.cn',
  'evaroc.com',
  'gediu.com',
  'fcggk.com.cn',
  'fiilemail.com',
  'gaoerwen.cn',
  'gaokzx.com',
  'gethgdk.com',
  'guochaowenhua.com',
  'hainanfruit.com',
  'hantangpinge.com',
  'hawghollow.com',
  'hbhlny.cn',
  'hdlzb.net',
  'huibangqyh.cn',
  'ibinlang.net',
  'ins.com.cn',
  'jew.net.cn',
  'kbm75.com',
  'ke263.com',
  'kekeshici.com',
  'kklzw.com',
  'kousokankou.com',
  'kpfans.com',
  'lemofix.com',
  'lwpqxk.cn',
  'macsoso.com',
  'mykedah2.com',
  'nanshinet.com',
  'newsxc.com',
  'npoall.com',
  'okeytime.com',
  'ppfocus.com',
  'readke.com',
  'rt8244.com',
  'sanqinyou.com',
  'shanxiw.com',
  'shengweb.com',
  'spamalyser.com',
  'shayuweb.com',
  'studyofnet.com',
  'superpyq.com',
  'swwle.com',
  'synyan.cn',
  'sznorent.com',
  'szrcjyjt.com',
  'td.fyun.cc',
  'thinktechcamp.com',
  'tiaose.cc',
  'topics.neamco.com',
  'tthmx.com',
  'tyjgjz.com',
  'uninf.com',
  'vanbien.com',
  'vbgudu.com',
  'vexzd.com',
  'vinsdhonneur.com',
  'vprx.cn',
  'w.sf024.com',
  'whhjmc.cn',
  'wmj9.com',
  'woyinghaiwai.com',
  'wuhurec.com',
  'www189744.com',
  'xiuzhiben.com',
  'xiydc.com',
  'yamab2b.com',
  'yizesci.com',
  'ynantongss.com',
  'ywlfsy.com',
  'zaowashenqi.com',
  'zoetocados.com',
  'zybfz.cn',
  'zzsj.com.cn',
];

/**
 * Hosts looked at and left unknown on purpose: personal blogs and user posts (美篇, 新浪博客, 凤凰号), small
 * portals of one craft or trade, and companies' or local sites whose relation to the subject the data does not show.
 */
export const UNKNOWN_HOSTS: readonly string[] = [
  'meipian.cn',
  'blog.sina.com.cn',
  'zh.wenxuecity.com',
  'feng.ifeng.com',
  'wanderboat.ai',
  'feiyiw.cn',
  'cnfdn.com.cn',
  'id-expo.com.cn',
  'yybnet.net',
  'kanbao.dayuntongzhou.com',
  'zisha.com',
  'zit.org.cn',
  'xcyhyxh.com',
  'aqhysy.com',
  'huishanghao.com',
  'jxahsh.com',
  'shzx.org',
  'wspm.com.cn',
  'zhongguociwang.com',
  'taohuren.com',
  'hues.com.cn',
  'iidos.cn',
  'yqmj.org',
  'landscape.cn',
  'szmjwyw.com',
];
