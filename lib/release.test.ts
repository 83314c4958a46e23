import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './content';
import { checkRelease } from './release';

describe('checkRelease', () => {
  const { site } = loadContent(path.resolve(import.meta.dirname, '../tests/fixtures/content'));

  it('names every empty release setting, and stops nothing for a public https URL', () => {
    expect(checkRelease(site, 'https://www.example.gov.cn')).toEqual({
      emptySettings: [
        'contact.organisation',
        'contact.address',
        'contact.phone',
        'contact.email',
        'contact.website',
        'filing.icp',
        'filing.publicSecurity',
        'dataLicence.name',
        'dataLicence.url',
      ],
    });
  });

  it('stops a preview address and drops a setting from the list once it is filled', () => {
    const filled = {
      ...site,
      contact: { ...site.contact, phone: '0731-0000000' },
      dataLicence: { name: { ...site.dataLicence.name, en: 'CC BY 4.0' }, url: '' },
    };
    const check = checkRelease(filled, 'http://localhost:3000');
    expect(check.problem).toMatch(/must start with https/);
    expect(check.emptySettings).not.toContain('contact.phone');
    expect(check.emptySettings).not.toContain('dataLicence.name');
    expect(check.emptySettings).toContain('dataLicence.url');
  });
});
