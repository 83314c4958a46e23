/**
 * `npm run deploy:languages`: writes deploy/languages.map, nginx's Accept-Language map, from the
 * table of languages (i18n/languages.ts). A test fails while the file and the table disagree.
 */
import fs from 'node:fs';
import { nginxLanguageMap } from '../i18n/negotiation';

fs.writeFileSync('deploy/languages.map', nginxLanguageMap());
console.log('deploy/languages.map written');
