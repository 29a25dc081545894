/**
 * A weekday × hour heat-map as a table: each cell's shade shows how busy the hour is and its text
 * says the figure, so it reads the same to a screen reader as to the eye. Only hours with bills
 * on some day are shown as columns.
 */
export function HeatMap({ caption, rows, cells, format }: { caption: string; rows: string[]; cells: number[][]; format: (v: number) => string }) {
  const hours = Array.from({ length: 24 }, (_, h) => h).filter((h) => cells.some((row) => (row[h] ?? 0) > 0));
  const max = Math.max(1, ...cells.flat());
  return (
    <div className="table-scroll heat-wrap">
      <table className="heat" aria-label={caption}>
        <thead>
          <tr>
            <th />
            {hours.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((row, r) => (
            <tr key={rows[r] ?? r}>
              <th scope="row">{rows[r]}</th>
              {hours.map((h) => {
                const v = row[h] ?? 0;
                return (
                  <td key={h} style={{ background: `rgba(21, 101, 192, ${(v / max).toFixed(2)})`, color: v / max > 0.55 ? '#fff' : undefined }}>
                    {v > 0 ? format(v) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
