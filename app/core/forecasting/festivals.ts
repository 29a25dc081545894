import { dayFromIso, type DayNumber } from './days';

/**
 * The Indian festivals that move a kirana shop's sales, as dates for 2023–2028.
 *
 * Sources: the Government of India's holiday lists for central government offices (DoPT office
 * memoranda for 2023, 2024, 2025 and 2026: Holi, Id-ul-Fitr, Id-ul-Zuha, Raksha Bandhan,
 * Janmashtami, Dussehra, Diwali), and for the other festivals and years the India tables of the
 * python-holidays project (github.com/vacanza/holidays, holidays/calendars/hindu.py, which cite
 * timeanddate.com and drikpanchang.com). Eid dates for 2027 and 2028 are the expected ones: the
 * moon sighting decides them and can move them by a day. Dates outside 2023–2028 are not known
 * here, and a history or forecast beyond them simply has no festival features there.
 */
export interface Festival {
  key: string;
  name: string;
  /** the festival's main day each year */
  dates: readonly string[];
  /** the days around the main day that belong to it (Diwali runs from Dhanteras to Bhai Dooj) */
  from: number;
  to: number;
}

/** A festival is its main day alone unless its row says which days around it belong to it. */
type FestivalRow = Omit<Festival, 'from' | 'to'> & Partial<Pick<Festival, 'from' | 'to'>>;

const ROWS: readonly FestivalRow[] = [
  // Makar Sankranti, with Pongal (the next day in Tamil Nadu) and Lohri's week.
  { key: 'sankranti', name: 'Makar Sankranti / Pongal', to: 1, dates: ['2023-01-14', '2024-01-14', '2025-01-14', '2026-01-14', '2027-01-15', '2028-01-15'] },
  { key: 'holi', name: 'Holi', dates: ['2023-03-08', '2024-03-25', '2025-03-14', '2026-03-04', '2027-03-22', '2028-03-11'] },
  { key: 'eid-ul-fitr', name: 'Eid al-Fitr', dates: ['2023-04-22', '2024-04-11', '2025-03-31', '2026-03-21', '2027-03-10', '2028-02-27'] },
  { key: 'eid-ul-adha', name: 'Eid al-Adha (Bakrid)', dates: ['2023-06-29', '2024-06-17', '2025-06-07', '2026-05-27', '2027-05-17', '2028-05-06'] },
  { key: 'raksha-bandhan', name: 'Raksha Bandhan', dates: ['2023-08-30', '2024-08-19', '2025-08-09', '2026-08-28', '2027-08-17', '2028-08-05'] },
  { key: 'janmashtami', name: 'Janmashtami', dates: ['2023-09-07', '2024-08-26', '2025-08-16', '2026-09-04', '2027-08-25', '2028-08-13'] },
  // Ten days from Chaturthi to Anant Chaturdashi (the immersion).
  { key: 'ganesh-chaturthi', name: 'Ganesh Chaturthi', to: 10, dates: ['2023-09-19', '2024-09-07', '2025-08-27', '2026-09-14', '2027-09-04', '2028-08-23'] },
  // Sharad Navratri's nine nights; the dates are its first day.
  { key: 'navratri', name: 'Navratri', to: 8, dates: ['2023-10-15', '2024-10-03', '2025-09-22', '2026-10-11', '2027-09-30', '2028-09-19'] },
  { key: 'dussehra', name: 'Dussehra', dates: ['2023-10-24', '2024-10-12', '2025-10-02', '2026-10-20', '2027-10-09', '2028-09-27'] },
  // Lakshmi Puja; the festival runs from Dhanteras (two days before) to Bhai Dooj (two days after).
  { key: 'diwali', name: 'Diwali', from: -2, to: 2, dates: ['2023-11-12', '2024-10-31', '2025-10-20', '2026-11-08', '2027-10-29', '2028-10-17'] },
  { key: 'christmas', name: 'Christmas', dates: ['2023-12-25', '2024-12-25', '2025-12-25', '2026-12-25', '2027-12-25', '2028-12-25'] },
];

export const FESTIVALS: readonly Festival[] = ROWS.map((f) => ({ ...f, from: f.from ?? 0, to: f.to ?? 0 }));

export const FIRST_FESTIVAL_YEAR = 2023;
export const LAST_FESTIVAL_YEAR = 2028;

/**
 * Hindu wedding seasons, approximately: from Dev Uthani Ekadashi (12 days after Diwali) to the
 * start of Kharmas in mid-December, from Makar Sankranti to mid-March, and from mid-April to the
 * end of June. Auspicious dates differ by region and almanac; the lift each shop sees is learned
 * from its own history, so only the rough windows are needed.
 */
export function weddingSeasons(): Array<{ from: DayNumber; to: DayNumber }> {
  const day = (iso: string) => dayFromIso(iso) ?? 0;
  const diwali = FESTIVALS.find((f) => f.key === 'diwali');
  const seasons: Array<{ from: DayNumber; to: DayNumber }> = [];
  for (let year = FIRST_FESTIVAL_YEAR; year <= LAST_FESTIVAL_YEAR; year += 1) {
    seasons.push({ from: day(`${year}-01-15`), to: day(`${year}-03-14`) });
    seasons.push({ from: day(`${year}-04-15`), to: day(`${year}-06-30`) });
    const lakshmiPuja = diwali?.dates.find((d) => d.startsWith(String(year)));
    if (lakshmiPuja) seasons.push({ from: day(lakshmiPuja) + 12, to: day(`${year}-12-15`) });
  }
  return seasons;
}

/** Each festival's days (main day and the days that belong to it), as day numbers. */
export function festivalSpans(festival: Festival): Array<{ main: DayNumber; from: DayNumber; to: DayNumber }> {
  return festival.dates.map((iso) => {
    const main = dayFromIso(iso) ?? 0;
    return { main, from: main + festival.from, to: main + festival.to };
  });
}
