#!/usr/bin/env python3
"""Brings operations added to openapi.yaml up to the OWASP ruleset and the common responses.

Not part of `make test`; a helper for whoever adds operations (issue 7 used it once):

  npx spectral lint -f json openapi.yaml > /tmp/spectral.json
  python3 scripts/contract-owasp-fix.py /tmp/spectral.json

1. Every operation gets the responses CommonResponses adds to the served contract: 400, 401,
   429, 500, 503, and 413/415 when it takes a body (refs to components/responses).
2. For each Spectral *error* of string-limit, integer-limit, array-limit, rate-limit and
   define-cors-origin, it inserts maxLength / minimum+maximum / maxItems / the RateLimit and
   Access-Control-Allow-Origin header refs, editing lines in place (comments and layout stay).
   Limits are guesses by name (codes 200, titles 500, texts 20000, ids from 0); review them:
   a request limit must be the one the service checks (se.varna.common.Limits / Parameters,
   with a test), a response limit at least what the columns and checks can produce.
When step 1 changes the file it stops (step 2 needs line numbers of the file as linted): run
spectral and the script again. Afterwards spectral should report 0 errors.
"""
import json, re, sys


def common_responses(path='openapi.yaml'):
    lines = open(path).read().split('\n')
    ind = lambda s: len(s) - len(s.lstrip(' '))
    out, i, in_paths, changed = [], 0, False, 0
    while i < len(lines):
        l = lines[i]
        if l == 'paths:': in_paths = True
        if l == 'components:': in_paths = False
        out.append(l)
        if in_paths and re.match(r'^    (get|put|post|delete|patch):$', l):
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or ind(lines[j]) > 4): j += 1
            block = lines[i + 1:j]
            has_body = any(re.match(r'^      requestBody:', b) for b in block)
            r = next(k for k, b in enumerate(block) if b == '      responses:')
            e = r + 1
            while e < len(block) and (not block[e].strip() or ind(block[e]) > 6): e += 1
            resp = block[r:e]
            codes = set(re.findall(r"^        '(\d{3})':", '\n'.join(resp), re.M))
            want = {'400': 'BadRequest', '401': 'Unauthorized', '429': 'TooManyRequests',
                    '500': 'InternalServerError', '503': 'ServiceUnavailable'}
            if has_body:
                want.update({'413': 'PayloadTooLarge', '415': 'UnsupportedMediaType'})
            for code in sorted(c for c in want if c not in codes):
                k = next((q for q, b in enumerate(resp) if re.match(r"^        '(\d{3})':", b)
                          and int(b.strip()[1:4]) > int(code)), len(resp))
                resp = resp[:k] + ["        '%s':" % code, "          $ref: '#/components/responses/%s'" % want[code]] + resp[k:]
                changed += 1
            block = block[:r] + resp + block[e:]
            out.extend(block)
            i = j
            continue
        i += 1
    open(path, 'w').write('\n'.join(out))
    return changed


_added = common_responses()
print('common responses added:', _added)
if _added:
    sys.exit('openapi.yaml changed: run spectral again and this script once more for the limits')
src = 'openapi.yaml'
lines = open(src).read().split('\n')
errs = json.load(open(sys.argv[1]))
inserts = {}  # line index -> list of lines to insert after

def indent(s):
    return len(s) - len(s.lstrip(' '))

def child_indent(i):
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    return indent(lines[j])

def block(i):
    """Lines of the mapping whose key is on line i (children at deeper indentation)."""
    base = indent(lines[i]); out = []
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or indent(lines[j]) > base):
        out.append(lines[j]); j += 1
    return out

def direct_children(i):
    ci = child_indent(i)
    return [l.strip() for l in block(i) if indent(l) == ci]

def name_of(path):
    p = [str(x) for x in path]
    if p[-1] == 'schema' and len(p) >= 2 and p[-2].isdigit():
        return 'param'
    if p[-1] == 'items':
        return p[-2] if len(p) >= 2 else 'items'
    return p[-1]

def add(i, new_lines):
    inserts.setdefault(i, [])
    for l in new_lines:
        if l not in inserts[i]:
            inserts[i].append(l)

seen = set()
for e in errs:
    if e['severity'] != 0:
        continue
    code = e['code']; i = e['range']['start']['line']; path = e['path']
    key = (code, i)
    if key in seen:
        continue
    seen.add(key)
    line = lines[i]
    if not line.rstrip().endswith(':'):
        print('SKIP inline', code, i + 1, line.strip()); continue
    ci = child_indent(i); pad = ' ' * ci
    kids = direct_children(i)
    name = name_of(path).lower()
    inparam = 'parameters' in [str(x) for x in path]
    if code == 'owasp:api4:2023-string-limit':
        fmt = next((k.split(':', 1)[1].strip() for k in kids if k.startswith('format:')), None)
        if fmt == 'date': n = 10
        elif fmt == 'date-time': n = 40
        elif fmt in ('uri', 'url'): n = 2000
        elif any(k.startswith('pattern:') for k in kids): n = 100
        elif inparam: n = 200
        elif re.search(r'code|area|organisation|category|kpi|sex|agegroup|period|from|to|source|username|id$|etag|type|instance|field', name): n = 200
        elif re.search(r'title|name|email|label|author', name): n = 500
        elif re.search(r'description|text|definition|detail|message|summary|comment|note', name): n = 20000
        else: n = 2000
        add(i, [pad + 'maxLength: %d' % n])
    elif code == 'owasp:api4:2023-integer-limit':
        fmt = next((k.split(':', 1)[1].strip() for k in kids if k.startswith('format:')), None)
        has_min = any(k.startswith('minimum:') for k in kids)
        has_max = any(k.startswith('maximum:') for k in kids)
        if re.search(r'year', name) and not (has_min or has_max):
            lo, hi = 1900, 2100
        elif fmt == 'int32':
            lo, hi = -2147483648, 2147483647
        else:
            lo, hi = -9223372036854775808, 9223372036854775807
        if re.search(r'^id$|id$|total|count|offset|limit|rows|size|population|budget|order|position', name) and lo < 0:
            lo = 0
        new = []
        if not has_min: new.append(pad + 'minimum: %d' % lo)
        if not has_max: new.append(pad + 'maximum: %d' % hi)
        add(i, new)
    elif code == 'owasp:api4:2023-array-limit':
        if inparam: n = 100
        elif name == 'items': n = 500
        elif re.search(r'coordinates|cells|rows|values|series|errors|features', name): n = 1000000
        else: n = 10000
        add(i, [pad + 'maxItems: %d' % n])
    elif code == 'owasp:api4:2023-rate-limit' or code == 'owasp:api8:2023-define-cors-origin':
        refs = [pad + 'RateLimit:', pad + "  $ref: '#/components/headers/RateLimit'",
                pad + 'Access-Control-Allow-Origin:', pad + "  $ref: '#/components/headers/Access-Control-Allow-Origin'"]
        if str(path[-1]) == 'headers':
            existing = direct_children(i)
            new = []
            if not any(k.startswith('RateLimit:') for k in existing): new += refs[:2]
            if not any(k.startswith('Access-Control-Allow-Origin:') for k in existing): new += refs[2:]
            add(i, new)
        else:
            if any(k.startswith('$ref:') for k in kids):
                print('SKIP ref response', i + 1, '.'.join(map(str, path))); continue
            if any(k.startswith('headers:') for k in kids):
                # handled through its own headers error
                hi = next(j for j in range(i + 1, len(lines)) if lines[j].strip() == 'headers:' and indent(lines[j]) == ci)
                existing = direct_children(hi)
                ci2 = child_indent(hi); pad2 = ' ' * ci2
                new = []
                if not any(k.startswith('RateLimit:') for k in existing): new += [pad2 + 'RateLimit:', pad2 + "  $ref: '#/components/headers/RateLimit'"]
                if not any(k.startswith('Access-Control-Allow-Origin:') for k in existing): new += [pad2 + 'Access-Control-Allow-Origin:', pad2 + "  $ref: '#/components/headers/Access-Control-Allow-Origin'"]
                add(hi, new)
            else:
                # after description line(s): put headers right after the key, before description is fine in YAML
                add(i, [pad + 'headers:'] + ['  ' + r for r in refs])
    else:
        print('UNHANDLED', code, i + 1)

out = []
for idx, l in enumerate(lines):
    out.append(l)
    if idx in inserts:
        out.extend(inserts[idx])
open(src, 'w').write('\n'.join(out))
print('inserted at', len(inserts), 'places')
