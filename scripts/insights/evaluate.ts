import { frequentItemsets } from '../../app/core/insights/baskets/fp-growth';
import { associationRules } from '../../app/core/insights/baskets/rules';
import { busyHours } from '../../app/core/insights/patterns/busy-hours';
import { ALERT_TYPES, BOOSTED_RATES, evaluateAnomalies } from './anomaly-eval';
import { evaluateChurn } from './churn-cdnow';
import { bakeryReceipts, cdnowHistories, groceryBaskets } from './data';

/**
 * Every evaluation figure in docs/insights.md, from the real data in ../shared/data and the
 * seeded simulator: `npx tsx scripts/insights/evaluate.ts [seeds] [days]` (defaults 5 and 730).
 */
const seeds = Number(process.argv[2] ?? 5);
const days = Number(process.argv[3] ?? 730);
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

const churn = evaluateChurn(cdnowHistories());
console.log('## Churn on CDNOW (train to 1997-06-30, test from 1997-12-31, 181-day horizon)');
console.log(JSON.stringify(churn, null, 2));

const baskets = groceryBaskets();
const rules = associationRules(frequentItemsets(baskets, 0.006, 10), { minConfidence: 0.25 });
console.log(`\n## Groceries: ${rules.length} rules at support 0.006, confidence 0.25; top 10 by lift`);
for (const r of rules.slice(0, 10))
  console.log(`| {${r.antecedent.join(', ')}} ⇒ {${r.consequent}} | ${round(r.support, 4)} | ${round(r.confidence)} | ${round(r.lift)} |`);
console.log('whole milk rules with one item on the left, by support:');
for (const r of rules
  .filter((x) => x.consequent === 'whole milk' && x.antecedent.length === 1)
  .sort((a, b) => b.support - a.support)
  .slice(0, 5))
  console.log(`| {${r.antecedent.join(', ')}} ⇒ {${r.consequent}} | ${round(r.support, 4)} | ${round(r.confidence)} | ${round(r.lift)} |`);

const bakery = busyHours(
  bakeryReceipts().map((r) => r.at),
  0,
);
console.log('\n## Bakery busy hours: busiest', JSON.stringify(bakery.busiest), 'hour', bakery.busiestHour, 'weekday', bakery.busiestWeekday);

const rates = BOOSTED_RATES;
console.log(`\n## Anomalies: ${seeds} seeds × ${days} days, 300 bills a day, boosted injection rates ${JSON.stringify(rates)}`);
const totals: Record<string, { flagged: number; truths: number; tp: number; hit: number; minP: number; minR: number }> = {};
for (let seed = 1; seed <= seeds; seed++) {
  const r = evaluateAnomalies({ seed, days, billsPerDay: 300, rates });
  for (const type of ALERT_TYPES) {
    const pr = r.byType[type];
    if (!pr) continue;
    const t = (totals[type] ??= { flagged: 0, truths: 0, tp: 0, hit: 0, minP: 1, minR: 1 });
    t.flagged += pr.flagged;
    t.truths += pr.truths;
    t.tp += pr.truePositives;
    t.hit += pr.recall * pr.truths;
    t.minP = Math.min(t.minP, pr.precision);
    t.minR = Math.min(t.minR, pr.recall);
  }
  console.log(`seed ${seed}: ${r.bills} bills, rules ran in ${round(r.seconds, 1)} s`);
}
console.log('| alert | injected | flagged | precision | recall | worst seed P | worst seed R |');
for (const [type, t] of Object.entries(totals))
  console.log(
    `| ${type} | ${t.truths} | ${t.flagged} | ${round(t.flagged ? t.tp / t.flagged : 1, 2)} | ${round(t.truths ? t.hit / t.truths : 1, 2)} | ${round(t.minP, 2)} | ${round(t.minR, 2)} |`,
  );
