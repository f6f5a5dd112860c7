#!/usr/bin/env python3
"""Spike: Hyperscan over the PL1 regexes of rulesets/rules, scanning 64 KB bodies of the
licence texts in /usr/share/common-licenses (see benches/README.md, "Would Hyperscan reach
the floor?"). Needs `pip install hyperscan`. `python3 benches/hyperscan-spike.py [per]`: `per`
also times each pattern alone and the database without the 15 slowest."""
import tomllib, glob, re, time, hyperscan, sys
def unverbose(p):
    out=[]; i=0; incls=False
    while i < len(p):
        c=p[i]
        if c=='\\' and i+1 < len(p):
            out.append(p[i:i+2]); i+=2; continue
        if incls:
            if c==']': incls=False
            out.append(c); i+=1; continue
        if c=='[':
            incls=True; out.append(c); i+=1
            if i < len(p) and p[i]=='^': out.append('^'); i+=1
            if i < len(p) and p[i]==']': out.append(']'); i+=1
            continue
        if c in ' \t\r\n': i+=1; continue
        if c=='#':
            while i < len(p) and p[i]!='\n': i+=1
            continue
        out.append(c); i+=1
    return ''.join(out)
pats=[]; ids=[]; fails=[]
for f in sorted(glob.glob('rulesets/rules/*.toml')):
    d=tomllib.load(open(f,'rb'))
    defaults=d.get('defaults',{})
    for r in d.get('rule',[]):
        if 'regex' not in r or r.get('negate'): continue
        if r.get('paranoia', defaults.get('paranoia',1)) > 1: continue
        p=r['regex']
        if p.startswith('(?x)'): p=unverbose(p[4:])
        try:
            hyperscan.Database().compile(expressions=[p.encode('latin-1','replace')], ids=[0], elements=1, flags=[hyperscan.HS_FLAG_CASELESS|hyperscan.HS_FLAG_SINGLEMATCH|hyperscan.HS_FLAG_ALLOWEMPTY])
            pats.append(p.encode('latin-1','replace')); ids.append(r['id'])
        except Exception as e:
            fails.append((r['id'], str(e)[:80]))
print("compiled", len(pats), "failed", len(fails))
for x in fails[:15]: print("  ", x)
db=hyperscan.Database()
t=time.time()
db.compile(expressions=pats, ids=list(range(len(pats))), elements=len(pats), flags=[hyperscan.HS_FLAG_CASELESS|hyperscan.HS_FLAG_SINGLEMATCH|hyperscan.HS_FLAG_ALLOWEMPTY]*len(pats))
print("db compile %.2f s" % (time.time()-t))
text=b"".join(open(f,'rb').read() for f in sorted(glob.glob('/usr/share/common-licenses/*')))
bodies=[text[i:i+65536] for i in range(0,len(text),65536)][:5]
hits=set()
def on(id_, frm, to, flags, ctx):
    hits.add(id_)
for rnd in range(3):
    t=time.perf_counter()
    for b in bodies: db.scan(b, match_event_handler=on)
    dt=(time.perf_counter()-t)/len(bodies)
    print("round %d: %.3f ms per 64 KB body, %.0f MB/s" % (rnd, dt*1e3, 65536/dt/1e6))
print("rules matching somewhere in the licence bodies:", sorted(ids[i] for i in hits))
if len(sys.argv) > 1:
    per=[]
    flags=hyperscan.HS_FLAG_CASELESS|hyperscan.HS_FLAG_SINGLEMATCH|hyperscan.HS_FLAG_ALLOWEMPTY
    for p,i in zip(pats,ids):
        d=hyperscan.Database(); d.compile(expressions=[p], ids=[0], elements=1, flags=[flags])
        t=time.perf_counter()
        for b in bodies: d.scan(b, match_event_handler=on)
        per.append(((time.perf_counter()-t)/len(bodies)*1e3, i))
    per.sort(reverse=True)
    print("sum of single-pattern scans: %.2f ms per body" % sum(x[0] for x in per))
    for x in per[:15]: print("  %.3f ms %s" % x)
    worst=set(i for _,i in per[:15])
    keep=[(p,i) for p,i in zip(pats,ids) if i not in worst]
    d=hyperscan.Database(); d.compile(expressions=[p for p,_ in keep], ids=list(range(len(keep))), elements=len(keep), flags=[flags]*len(keep))
    for rnd in range(2):
        t=time.perf_counter()
        for b in bodies: d.scan(b, match_event_handler=on)
        dt=(time.perf_counter()-t)/len(bodies)
        print("without the 15 slowest: %.3f ms per body, %.0f MB/s" % (dt*1e3, 65536/dt/1e6))
