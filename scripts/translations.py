#!/usr/bin/env python3
"""Lists and fills the messages of a Qt .ts file.

  translations.py todo TS [OUT.json]   unfinished messages as JSON ({"context", "source",
                                       "numerus", "translation"}); prints them when no OUT
  translations.py fill TS IN.json...   sets each listed message's translation and marks it
                                       finished; "context" may be omitted (then every context
                                       with that source text); a numerus translation is a list
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            yield name, message


def todo(ts, out=None):
    root = ET.parse(ts).getroot()
    items = []
    for name, m in messages(root):
        tr = m.find('translation')
        if tr is not None and tr.get('type') == 'unfinished':
            items.append({'context': name, 'source': m.findtext('source'),
                          'numerus': m.get('numerus') == 'yes', 'translation': ''})
    if out:
        with open(out, 'w', encoding='utf-8') as f:
            json.dump(items, f, ensure_ascii=False, indent=1)
    else:
        for item in items:
            print('%s\t%s' % (item['context'], item['source'].replace('\n', '\\n')))
    print('%d unfinished message(s) in %s' % (len(items), ts), file=sys.stderr)
    return 1 if items else 0


def fill(ts, inputs):
    tree = ET.parse(ts)
    root = tree.getroot()
    wanted = {}
    for path in inputs:
        with open(path, encoding='utf-8') as f:
            for item in json.load(f):
                if item.get('translation'):
                    wanted[(item.get('context'), item['source'])] = item['translation']
    done = 0
    for name, m in messages(root):
        source = m.findtext('source')
        t = wanted.get((name, source), wanted.get((None, source)))
        if t is None:
            continue
        tr = m.find('translation')
        for child in list(tr):
            tr.remove(child)
        if m.get('numerus') == 'yes':
            tr.text = None
            for form in (t if isinstance(t, list) else [t]):
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = t[0] if isinstance(t, list) else t
        tr.attrib.pop('type', None)
        done += 1
    tree.write(ts, encoding='utf-8', xml_declaration=True)
    print('%d message(s) filled in %s' % (done, ts), file=sys.stderr)
    return 0


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'todo':
        sys.exit(todo(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None))
    if len(sys.argv) >= 4 and sys.argv[1] == 'fill':
        sys.exit(fill(sys.argv[2], sys.argv[3:]))
    sys.exit(__doc__)
