import type { Child } from "hono/jsx";

/** A table of records (staff lists, a submitter's statements): column headers, then the rows given as children. */
export function DataTable(props: {
  headers: string[];
  caption?: string;
  class?: string;
  children: Child;
}) {
  return (
    <table class={props.class ? `data ${props.class}` : "data"}>
      {props.caption ? <caption>{props.caption}</caption> : null}
      <thead>
        <tr>
          {props.headers.map((h) => (
            <th scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
