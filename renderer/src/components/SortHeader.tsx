/** A sortable column's header, shared by the class overview and the portfolio: one button, aria-sort on the cell. */
const SORT_MARK = { up: ' ▲', down: ' ▼' } as const;

export interface SortState<Column extends string> {
  column: Column;
  descending: boolean;
}

/**
 * `firstDescending` is the column whose first click sorts from the top down (scores: best first); the same column
 * clicked again turns the order round.
 */
export function SortHeader<Column extends string>(props: {
  column: Column;
  label: string;
  sort: SortState<Column>;
  onSort: (sort: SortState<Column>) => void;
  firstDescending: boolean;
}) {
  const { column, sort } = props;
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() => props.onSort({ column, descending: active ? !sort.descending : props.firstDescending })}
      >
        {props.label}
        <span aria-hidden="true">{active ? (sort.descending ? SORT_MARK.down : SORT_MARK.up) : ''}</span>
      </button>
    </th>
  );
}
