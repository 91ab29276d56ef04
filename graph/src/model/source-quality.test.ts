import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOSTS, PRESS_HOSTS, REFERENCE_HOSTS, REPOST_HOSTS, UNKNOWN_HOSTS } from './source-hosts.ts';
import {
  bestSourceQuality,
  hostQuality,
  sourceQualityByRule,
  sourceQualityCorrectionProblem,
  sourceQualityOf,
} from './source-quality.ts';

const classOf = (url: string) => sourceQualityByRule({ url }).class;

describe('the class of a source by its host', () => {
  it('is official for government hosts: any host under gov.cn', () => {
    expect(classOf('https://daj.wuxi.gov.cn/doc/2017/12/26/2426886.shtml')).toBe('official');
    expect(classOf('https://wglj.changzhou.gov.cn/html/wgxj/2021/EFADJFDC_0914/83924.html')).toBe('official');
    expect(classOf('http://www.jsdtjw.gov.cn/art/2021/5/17/art_2263_221537.html')).toBe('official');
    expect(classOf('http://ahjx.gov.cn/About/show/33531.html')).toBe('official');
  });

  it('is official for an organisation’s own site on its own subject', () => {
    expect(classOf('http://cg1865.zuoffice.com/artic/29098.html')).toBe('official');
    expect(classOf('http://www.yzgmxh.com/djmsDetail.aspx?id=27&BusType=26')).toBe('official');
  });

  it('is press for agencies, national media and the provincial and city papers and broadcasters', () => {
    expect(classOf('http://news.xinhuanet.com/tech/2014-07/28/c_126804956.shtml')).toBe('press');
    expect(classOf('http://vip.people.com.cn/albumsDetail?aid=1243028&pid=8527910')).toBe('press');
    expect(classOf('http://ah.people.com.cn/n2/2021/1008/c227767-34946478.html')).toBe('press');
    expect(classOf('http://big5.china.com.cn/gate/big5/agri.china.com.cn/2020-06/17/content_41189105.htm')).toBe(
      'press',
    );
    expect(classOf('http://szb.wxrb.com/content/202006/19/content_47019.html')).toBe('press');
    expect(classOf('https://news.jstv.com/a/20191121/1574322761860.shtml')).toBe('press');
    expect(classOf('http://epaper.ahwang.cn/xawb/20220822/html/content_20220822013002.htm')).toBe('press');
    expect(classOf('http://www.njdaily.cn/2019/1110/1809216.shtml')).toBe('press');
  });

  it('is reference for encyclopedias and licensed periodicals', () => {
    expect(classOf('https://baike.baidu.hk/item/%E6%A6%AE%E5%BE%B7%E7%94%9F/2430740')).toBe('reference');
    expect(
      classOf('https://wikiwand.com/zh-hans/%E8%8C%82%E6%96%B0%E9%9D%A2%E7%B2%89%E5%8E%82%E6%97%A7%E5%9D%80'),
    ).toBe('reference');
    expect(classOf('https://zh.wikipedia.org/wiki/%E5%BC%A0%E8%AC%87')).toBe('reference');
    expect(classOf('http://www.qikan.com.cn/article/njsw20250257.html')).toBe('reference');
  });

  it('is repost for copies on unrelated sites: news mirrors, copied encyclopedia entries, the GitHub list', () => {
    expect(classOf('https://p2.ttnews.xyz/amp/5ea35defdc9b5e51b9b22372?lang=zh-hans')).toBe('repost');
    expect(classOf('https://xiydc.com/mv/kxky309333.html')).toBe('repost');
    expect(classOf('https://zoetocados.com/photo/2023-10/28/c_1129945646.htm')).toBe('repost');
    expect(classOf('http://mbji.cn/mbji/荣德生/2430740')).toBe('repost');
    expect(classOf('https://github.com/Juminary/import')).toBe('repost');
    expect(classOf('http://spbjmm.com.shayuweb.com/news/15344.html')).toBe('repost');
  });

  it('is unknown for blogs and user posts, and for any host no rule names', () => {
    expect(classOf('https://meipian.cn/1yujhlu0')).toBe('unknown');
    expect(classOf('https://blog.sina.com.cn/s/blog_4ff7964a0101i3vl.html')).toBe('unknown');
    expect(sourceQualityByRule({ url: 'https://example.org/a' })).toEqual({
      class: 'unknown',
      reason: 'example.org: no rule names this host',
    });
  });

  it('matches whole labels only: a host that merely ends in the same letters is not the listed one', () => {
    expect(hostQuality('notpeople.com.cn')).toBeUndefined();
    expect(hostQuality('evilgov.cn')).toBeUndefined();
  });
});

describe('the class of a source without url, by its title', () => {
  it('is official for the policy documents the seeds are parsed from, and other government documents', () => {
    for (const document of [
      '江苏省贯彻《推进工业文化发展实施方案（2021-2025年）》行动计划任务分工表',
      '关于印发《安徽省推进工业文化发展行动方案(2021—2025年)》的通知',
      '工业和信息化部 第二批国家工业遗产名单',
    ]) {
      expect(sourceQualityByRule({ document }).class, document).toBe('official');
    }
  });

  it('is reference for a book, gazetteer or yearbook', () => {
    expect(sourceQualityByRule({ document: '南通市志' }).class).toBe('reference');
    expect(sourceQualityByRule({ document: '江苏年鉴（2020）' }).class).toBe('reference');
    expect(sourceQualityByRule({ document: '《张謇全集》' }).class).toBe('reference');
  });

  it('is unknown for the curated file’s own notes, whose record carries the URLs', () => {
    expect(sourceQualityByRule({ document: 'Curated industrial-culture records (Jiangsu and Anhui)' }).class).toBe(
      'unknown',
    );
  });
});

describe('a curator’s correction', () => {
  const correction = { class: 'press', by: '王策展', at: '2026-11-23T08:00:00.000Z', note: '无锡日报的原文' } as const;

  it('wins over the rules, and says it was set by a curator', () => {
    const source = { url: 'https://xiydc.com/mv/kxky309333.html', quality: correction };
    expect(sourceQualityOf(source)).toMatchObject({ class: 'press', setBy: 'curator', correction });
    expect(sourceQualityOf({ url: source.url })).toMatchObject({ class: 'repost', setBy: 'rule' });
  });

  it('names what is wrong with a malformed one', () => {
    expect(sourceQualityCorrectionProblem({ ...correction, class: 'blog' })).toMatch(/class must be one of/);
    expect(sourceQualityCorrectionProblem({ class: 'press', at: correction.at })).toMatch(/by must name/);
  });
});

describe('the best source of a record', () => {
  it('is the highest class among its sources, unknown without sources', () => {
    expect(
      bestSourceQuality([{ url: 'https://xiydc.com/mv/kxky309333.html' }, { url: 'https://baike.baidu.hk/item/x' }]),
    ).toBe('reference');
    expect(bestSourceQuality([])).toBe('unknown');
  });
});

describe('the host lists', () => {
  const lists = { OFFICIAL_HOSTS, PRESS_HOSTS, REFERENCE_HOSTS, REPOST_HOSTS, UNKNOWN_HOSTS };

  it('name each host once, in one class only', () => {
    const all = Object.values(lists).flat();
    expect(all.length).toBe(new Set(all).size);
  });

  const hostsIn = (file: string): Set<string> => {
    const hosts = new Set<string>();
    const walk = (value: unknown): void => {
      if (typeof value === 'string') {
        if (/^https?:\/\//.test(value)) hosts.add(new URL(value).hostname);
      } else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(JSON.parse(readFileSync(file, 'utf8')));
    return hosts;
  };

  const curated = fileURLToPath(new URL('../../../seeds/data/curated/', import.meta.url));
  const candidates = fileURLToPath(new URL('../../../seeds/data/candidates/candidates.json', import.meta.url));

  it('classify deliberately every host the curated records cite', () => {
    const hosts = new Set([...hostsIn(`${curated}entities.json`), ...hostsIn(`${curated}relations.json`)]);
    expect(hosts.size).toBeGreaterThan(150);
    expect([...hosts].filter((host) => hostQuality(host) === undefined)).toEqual([]);
  });

  it('classify deliberately every host the candidates cite', () => {
    expect([...hostsIn(candidates)].filter((host) => hostQuality(host) === undefined)).toEqual([]);
  });
});
