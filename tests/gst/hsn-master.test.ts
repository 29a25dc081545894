import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiClient } from '../../app/core/contract';
import { readHsnMaster } from '../../app/core/gst/hsn-master';
import { portalHsnWorkbook, workbookOf } from '../support/hsn-workbook';
import { CATALOGUE, type MessageKey } from '../../app/core/i18n/catalogue';
import { textIn } from '../../app/core/i18n/text';
import { DATA_DIR } from '../support/imports';
import { refusalOf } from '../support/api-errors';
import { hostWithClients, type TestHost } from '../support/test-host';
import { ATTA, SUGAR } from '../support/demo-catalog';

/**
 * The HSN summary names each code by the GST portal's HSN master once the owner loads it (the
 * portal's own file, read here from the shared data folder at run time), and by a product before.
 */
const MASTER = () => readFileSync(join(DATA_DIR, 'hsn_codes_gst_portal.csv'), 'utf8');

let host: TestHost;
let owner: ApiClient;
let manager: ApiClient;
beforeEach(async () => ({ host, owner, manager } = await hostWithClients({ owner: 'owner', manager: 'manager' })));
afterEach(() => host.dispose());

async function sell() {
  const lines = [
    { productId: ATTA, qtyMilli: 2000 },
    { productId: SUGAR, qtyMilli: 1500 },
  ];
  const { totals } = await manager.call('billing.quote', { lines });
  await manager.call('billing.postInvoice', { clientRef: 'hsn-master-1', lines, tenders: [{ method: 'cash', amountPaise: totals.payablePaise }] });
}

const hsnOf = async () => {
  const r = await manager.call('gst.gstr1', { period: '112026' });
  return { rows: r.hsn.b2c.map((h) => [h.hsn, h.description, h.uqc, h.qtyMilli]), json: r.json.hsn.hsn_b2c.map((h) => [h.hsn_sc, h.desc, h.uqc, h.qty]) };
};

describe('the HSN master', () => {
  it('reads the portal’s file: its odd header, chapters to tariff items, odd-length codes left out', () => {
    const read = readHsnMaster(MASTER());
    if (!('rows' in read)) throw new Error('the portal file was refused');
    const byCode = new Map(read.rows.map((r) => [r.code, r.description]));
    expect(byCode.get('1101')).toBe('WHEAT OR MESLIN FLOUR');
    expect(byCode.get('01')).toBe('LIVE ANIMALS');
    expect(byCode.get('04021010')).toBe('SKIMMED MILK');
    expect(read.rows.every((r) => /^\d{2}(\d{2}){0,3}$/.test(r.code))).toBe(true);
    expect(read.rows.length + read.skipped).toBe(21_568);
    expect(read.skipped).toBeGreaterThanOrEqual(7);
  });

  it('names the HSN summary’s codes by the master once loaded, by a product before; UQC from the unit', async () => {
    await sell();
    const before = await hsnOf();
    expect(before.rows).toEqual([
      ['1101', 'Aashirvaad Atta 5kg', 'NOS', 2000],
      ['1701', 'Sugar (loose)', 'KGS', 1500],
    ]);
    expect((await manager.call('gst.hsnMaster', {})).codes).toBe(0);

    const loaded = await owner.call('gst.loadHsnMaster', { fileName: 'HSN_SAC.csv', csv: MASTER() });
    expect(loaded.codes).toBeGreaterThan(21_000);
    expect((await manager.call('gst.hsnMaster', {})).codes).toBe(loaded.codes);
    const sugar = readHsnMaster(MASTER());
    const sugarName = 'rows' in sugar ? sugar.rows.find((r) => r.code === '1701')?.description : undefined;
    expect(sugarName).toMatch(/SUGAR/);
    const after = await hsnOf();
    expect(after.rows).toEqual([
      ['1101', 'WHEAT OR MESLIN FLOUR', 'NOS', 2000],
      ['1701', sugarName, 'KGS', 1500],
    ]);
    expect(after.json).toEqual([
      ['1101', 'WHEAT OR MESLIN FLOUR', 'NOS', 2],
      ['1701', sugarName, 'KGS', 1.5],
    ]);
    const audit = host.store.raw.prepare<[], { action: string }>("SELECT action FROM audit_log WHERE action = 'gst.loadHsnMaster'").all();
    expect(audit).toHaveLength(1);
  });

  it('describes a longer code by its longest described prefix', async () => {
    await owner.call('gst.loadHsnMaster', { fileName: 'small.csv', csv: 'HSNCode,Description\n10,CEREALS\n1006,RICE\n10063010,"RICE, PARBOILED"\n' });
    const names = host.store.gst.hsnDescriptions(['10063010', '10063090', '1008', '2501']);
    expect([...names]).toEqual([
      ['10063010', 'RICE, PARBOILED'],
      ['10063090', 'RICE'],
      ['1008', 'CEREALS'],
    ]);
  });

  it('refuses a file without the columns or codes, in the reader’s language, and keeps the loaded master', async () => {
    await owner.call('gst.loadHsnMaster', { fileName: 'small.csv', csv: 'HSNCode,Description\n1006,RICE\n' });
    const noColumns = await refusalOf(owner.call('gst.loadHsnMaster', { fileName: 'x.csv', csv: 'Code,Name\n1006,RICE\n' }));
    expect(noColumns.code).toBe('INVALID_INPUT');
    expect(noColumns.message).toBe('The HSN file needs an HSN code column (HSN_CD or HSNCode) and a Description column; its first row has: Code, Name');
    const hindi = await host.as('owner', 'test-device-hi', 'hi');
    const noCodes = await refusalOf(hindi.call('gst.loadHsnMaster', { fileName: 'x.csv', csv: 'HSNCode,Description\nABC,RICE\n123,WHEAT\n' }));
    expect(noCodes.key).toBe('gst.hsnMasterEmpty');
    expect((await manager.call('gst.hsnMaster', {})).codes).toBe(1);
    expect((await refusalOf(manager.call('gst.loadHsnMaster', { fileName: 'x.csv', csv: 'HSNCode,Description\n1006,RICE\n' }))).code).toBe('FORBIDDEN');
  });

  it('loads the portal’s HSN_SAC.xlsx from its HSN_MSTR sheet: the same codes as its CSV, zeros a number cell dropped put back', async () => {
    const csv = readHsnMaster(MASTER());
    if (!('rows' in csv)) throw new Error('the portal file was refused');
    const asText = await portalHsnWorkbook();
    const preview = await owner.call('gst.previewHsnMaster', { fileName: 'HSN_SAC.xlsx', xlsxBase64: Buffer.from(asText).toString('base64') });
    expect([preview.codes, preview.skipped]).toEqual([csv.rows.length, csv.skipped]);
    expect(preview.sample[0]).toEqual({ code: '01', description: 'LIVE ANIMALS' });
    expect((await manager.call('gst.hsnMaster', {})).codes).toBe(0);

    // SAC first, and every code a number cell: the HSN sheet is still found and 0101 is not lost as 101.
    const asNumbers = await portalHsnWorkbook({ codesAsNumbers: true, sheets: ['SAC_MSTR', 'HSN_MSTR'] });
    const loaded = await owner.call('gst.loadHsnMaster', { fileName: 'HSN_SAC.xlsx', xlsxBase64: Buffer.from(asNumbers).toString('base64') });
    expect(loaded.codes).toBe(csv.rows.length);
    const names = host.store.gst.hsnDescriptions(['01', '0101', '04021010', '1101', '996311']);
    expect(names.get('01')).toBe('LIVE ANIMALS');
    expect(names.get('0101')).toMatch(/LIVE HORSES/);
    expect(names.get('04021010')).toBe('SKIMMED MILK');
    expect(names.get('1101')).toBe('WHEAT OR MESLIN FLOUR');
    expect(names.has('996311')).toBe(false);
    const audit = host.store.raw.prepare<[], { after: string }>("SELECT after_json AS after FROM audit_log WHERE action = 'gst.loadHsnMaster'").all();
    expect(audit.map((a) => JSON.parse(a.after) as { fileName: string }).map((a) => a.fileName)).toEqual(['HSN_SAC.xlsx']);
  }, 120_000);

  it('refuses a wrong workbook naming what is wrong, in English or Hindi, and keeps the loaded master', async () => {
    await owner.call('gst.loadHsnMaster', { fileName: 'small.csv', csv: 'HSNCode,Description\n1006,RICE\n' });
    const send = (fileName: string, bytes: Uint8Array) =>
      refusalOf(owner.call('gst.loadHsnMaster', { fileName, xlsxBase64: Buffer.from(bytes).toString('base64') }));
    // The screen says the key in its user's language.
    const inHindi = (e: ApiError) => textIn(CATALOGUE[e.key as MessageKey], 'hi', e.params);

    const picture = await send('HSN_SAC.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]));
    expect([picture.code, picture.key]).toEqual(['INVALID_INPUT', 'gst.hsnMasterNotXlsx']);
    expect(picture.message).toMatch(/^HSN_SAC\.xlsx is not an Excel workbook \(\.xlsx\) that can be read/);
    const broken = await send('HSN_SAC.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(60).fill(7)]));
    expect(inHindi(broken)).toMatch(/^HSN_SAC\.xlsx पढ़ी जा सकने वाली Excel वर्कबुक \(\.xlsx\) नहीं है/);
    const old = await send('HSN_SAC.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(inHindi(old)).toBe('HSN_SAC.xls पुरानी Excel (.xls) फ़ाइल है: इसे Excel में खोलकर .xlsx या CSV में सहेजें');
    const servicesOnly = await send('SAC.xlsx', await portalHsnWorkbook({ sheets: ['SAC_MSTR'] }));
    expect(servicesOnly.key).toBe('gst.hsnMasterNoHsnSheet');
    expect(servicesOnly.message).toMatch(/^No sheet in SAC\.xlsx has an HSN code column \(HSN_CD or HSNCode\)/);
    const noDescription = await send(
      'codes.xlsx',
      await workbookOf({
        HSN_MSTR: [
          ['HSN_CD', 'Rate'],
          ['1006', '5'],
        ],
      }),
    );
    expect(inHindi(noDescription)).toBe('एचएसएन फ़ाइल में एचएसएन कोड का कॉलम (HSN_CD या HSNCode) और Description कॉलम चाहिए; इसकी पहली पंक्ति में है: HSN_CD, Rate');
    const noCodes = await send(
      'codes.xlsx',
      await workbookOf({
        HSN_MSTR: [
          ['HSN_CD', 'HSN_Description'],
          ['RICE', 'RICE'],
        ],
      }),
    );
    expect(noCodes.key).toBe('gst.hsnMasterEmpty');
    for (const e of [picture, broken, old, servicesOnly, noDescription, noCodes])
      expect([e.message, inHindi(e)].join(' ')).not.toMatch(/xlsxBase64|undefined|Error:|\bat \w|\{/);
    expect((await manager.call('gst.hsnMaster', {})).codes).toBe(1);
  });
});
