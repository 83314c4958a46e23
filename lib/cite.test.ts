import { describe, expect, it } from 'vitest';
import { citeFigure, fullCitation } from './cite';

const base = {
  source: { description: 'a full-page newspaper feature on innovation in Xiangtan High-tech Zone', published: '2021-03' },
  url: 'https://example.org/en/figures/rd-spend-2020/',
};

describe('citeFigure', () => {
  it('writes an English citation, short and full with URL and access date', () => {
    const citation = citeFigure({
      ...base,
      locale: 'en',
      zoneName: 'Xiangtan High-tech Zone',
      label: 'R&D spending',
      value: 'CNY 1.88 billion',
      period: '2020',
      status: 'actual',
      siteName: 'the Xiangtan High-tech Zone website',
    });
    expect(citation.short).toBe(
      'Xiangtan High-tech Zone, R&D spending (2020): CNY 1.88 billion. Source: a full-page newspaper feature on innovation in Xiangtan High-tech Zone, March 2021.',
    );
    expect(fullCitation(citation, '2026-11-26', 'en')).toBe(
      `${citation.short} Retrieved from the Xiangtan High-tech Zone website, https://example.org/en/figures/rd-spend-2020/, accessed 26 November 2026.`,
    );
  });

  it('writes a Chinese citation, and marks a target as a target', () => {
    const citation = citeFigure({
      ...base,
      source: { description: '介绍湘潭高新区科技创新的报纸整版专题报道', published: '2021-03' },
      url: 'https://example.org/zh/figures/hte-target-2021/',
      locale: 'zh',
      zoneName: '湘潭高新区',
      label: '高新技术企业总数目标',
      value: '180家',
      period: '2021年',
      status: 'target',
      siteName: '湘潭高新区网站',
    });
    expect(citation.short).toBe(
      '湘潭高新区高新技术企业总数目标（2021年，目标）：180家。来源：介绍湘潭高新区科技创新的报纸整版专题报道（2021年3月）。',
    );
    expect(fullCitation(citation, '2026-01-04', 'zh')).toBe(
      `${citation.short}引自：湘潭高新区网站，https://example.org/zh/figures/hte-target-2021/，访问日期：2026年1月4日。`,
    );
  });
});
