import { upiPayLink } from '../../app/core/payments/upi';
import { edges, text, type ReceiptBlock } from './blocks';
import { drawerKick, finish, type ReceiptStyle } from './layout';
import { label } from './labels';

/**
 * What the owner prints from the settings screen to see that everything works: the column ruler
 * (the paper width is right when it fits one line), styles, a Hindi line, the QR, the drawer.
 */
export function testPageBlocks(style: ReceiptStyle & { kind: string }, shop: { name: string; upiVpa: string | null }): ReceiptBlock[] {
  const ruler = '1234567890'.repeat(5).slice(0, style.width);
  const blocks: ReceiptBlock[] = [
    ...(style.drawer === 'never' ? [] : [drawerKick(style.drawerPin)]),
    text(label('testPrint', 'en'), { align: 'center', bold: true, size: 'double' }),
    text(shop.name, { align: 'center' }),
    text(`${style.width} columns (${style.width === 32 ? '58' : '80'} mm), ${style.kind}`, { align: 'center' }),
    text(ruler),
    text('Bold text', { bold: true }),
    edges('Left', 'Right'),
    edges('Amount', 'Rs.1,23,456.78', { bold: true, size: 'double' }),
  ];
  if (style.hindi !== 'off') blocks.push(text('हिंदी: आशीर्वाद आटा, श्री, क्ष, त्रि — ₹285.00', { align: 'left' }), edges('कुल देय', '₹1,20,400.50', { bold: true }));
  if (style.qr !== 'off' && shop.upiVpa)
    blocks.push(text('UPI QR (no amount)', { align: 'center' }), { kind: 'qr', data: upiPayLink({ vpa: shop.upiVpa, payeeName: shop.name }) });
  if (style.drawer !== 'never') blocks.push(text(`The cash drawer (pin ${style.drawerPin}) should have opened`, { align: 'center' }));
  return [...blocks, ...finish(style)];
}
