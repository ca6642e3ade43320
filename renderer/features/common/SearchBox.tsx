// The search box above a list that filters as the user types (村民名册, 台账, the home screen's
// meetings): a plain <input type="search"> drawn as the text boxes are (.text-box), with the
// browser's own clear button, and Escape to clear. antd's Input.Search drew six components again
// on every key (its wrapper, affix, input, button, icon and wave) where the page has only a list
// to draw, and every key of a search is a key a villager waits on.
export function SearchBox(props: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  width: number;
}) {
  return (
    <input
      type="search"
      className="text-box search-box"
      aria-label={props.label}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      autoComplete="off"
      spellCheck={false}
      style={{ width: props.width }}
    />
  );
}
