# One-off edit (issue 9): grade every source, name copies, say why a link is missing,
# and rewrite internal words out of reader-facing notes. Kept for the record; not run by the app.
import json, re, sys
P = 'data/dataset.json'
d = json.load(open(P))
G = {}  # id: (grade, origin, copyOf, copyKind, publisher-override)
def g(i, grade, origin='original', copyOf=None, copyKind=None, pub=None): G[i] = (grade, origin, copyOf, copyKind, pub)
g('s0-latin-times','B')
g('s1-la-times-ap','A')
g('s2-afp-reworded','C','copy','AFP','reworded','parrotmouthblog.com')
g('s3-burgos-blog','C')
g('s4-cnn-retranslated','C','copy','CNN','machine-translation','whistlebuzz.com')
g('cnn-krdo-2026-02-02','A','copy','CNN','syndicated','KRDO')
for i in ['petro-x-2025-01-26-migrant','petro-x-2025-01-26-tariff','white-house-2025-01-26','petro-x-2025-01-31','cancilleria-x-2025-01-30','cancilleria-2025-01-31','state-dept-rubio-2025-02-20','treasury-sb0292','state-dept-x-2025-09-26','petro-x-2025-10-24','wh-fact-sheet-2026-02']: g(i,'A','primary')
g('the-hill-2025-01-26','A'); g('krone-2025-01-26','A')
g('newser-ap-2025-01-28','A','copy','Associated Press','syndicated','Newser')
g('devdiscourse-2025-01','C')
g('the-news-afp-2025-01-28','A','copy','AFP','syndicated','The News')
g('colombia-reports-2025-01-28','B')
g('xinhua-nationpress-2025-01','B','copy','Xinhua','syndicated','NationPress')
g('contrareplica-2025-01','B'); g('noticias-medellin-2025-01','B'); g('h13n-2025-01-30','C'); g('notipress-2025-01-31','B')
g('afp-arab-news-2025-02-01','A','copy','AFP','syndicated','Arab News')
g('voz-2025-02-19','B'); g('el-tiempo-pe-2025-04','B'); g('voz-2025-04-06','B'); g('radio-santa-fe-2025-04-07','B'); g('la-prensa-hn-2025-04','B')
g('citymag-2025-04','C','copy','New York Post','reworded','CityMag')
g('baker-mckenzie-2025-04','B'); g('colombia-one-2025-04-03','B'); g('people-daily-2025-05-15','A'); g('news-az-2025-05-14','B'); g('noticias-hoy-2025-07','B')
g('newser-reuters-2025-09-02','A','copy','Reuters','syndicated','Newser')
g('devdiscourse-reuters-2025-09-16','A','copy','Reuters','syndicated','Devdiscourse')
g('voz-2025-09-16','B'); g('tag24-2025-09-24','B'); g('struggle-la-lucha-2025-09','B'); g('trtworld-2025-09-27','A')
g('deccan-herald-2025-09','A','copy','The New York Times','syndicated','Deccan Herald')
g('valora-analitik-2025-09-29','B')
g('uol-afp-2025-09-29','A','copy','AFP','syndicated','UOL')
g('newsbeep-upi-2025-10-09','C','copy','UPI','mirror','newsbeep')
g('kvia-cnn-2025-10-09','A','copy','CNN','syndicated','KVIA')
g('overviewpress-el-pais-2025-10-19','C','copy','El País','mirror','overviewpress')
g('livemint-2025-10-19','A'); g('mercopress-2025-10-20','B'); g('cbs-2025-10-22','A'); g('freshproduce-2025-10-23','B'); g('portfolio-perf-2025-10-24','C')
g('alahednews-2025-10-25','B'); g('mondaq-2025-11','B'); g('kpmg-2025-11','B')
g('efe-sanelias-2025-11-18','C','copy','EFE','mirror','sanelias')
g('newscord-2025-11-19','C'); g('tag24-2025-12-03','B')
g('news-az-2025-12-03','B','copy','Al Jazeera','syndicated','News.az')
g('westernjournal-2025-12-10','B'); g('udlap-2025-12-11','B'); g('menafn-2025-12-24','C'); g('newsmax-2026-01-03','B'); g('hngn-2026-01-03','C')
g('i24news-2026-01-05','A'); g('foxnews-2026-01-05','A')
g('lbc-afp-2026-01-05','A','copy','AFP','syndicated','LBC Group')
g('radio-santa-fe-2026-01-06','B')
g('lanacion-ansa-2026-01-06','A','copy','ANSA','syndicated','La Nación (Argentina)')
g('newsmax-2026-01-07','B'); g('voz-2026-01-08','B'); g('menafn-2026-01','C'); g('redstate-2026-01-09','B')
g('lanacion-afp-2026-01-14','A','copy','AFP','syndicated','La Nación (Argentina)')
g('ntn24-2026-01-23','A'); g('semana-2026-01-26','A'); g('colombia-reports-2026-02','B')
g('diariohoy-efe-2026-02-03','A','copy','EFE','syndicated','Diario Hoy')
g('tass-2026-02-02','A'); g('washington-times-2026-02-03','A'); g('huffpost-2026-02-03','A'); g('semana-2026-02-24','A'); g('el-heraldo-2026-02-25','A')
g('law360-2026-02','B'); g('visaverge-2026-02','C')
g('overviewpress-el-tiempo-2025-08-01','C','copy','El Tiempo','mirror','overviewpress')
g('infobae-2026-01-06','A'); g('el-universal-2025-01-27','B'); g('inkl-ice-flights-2025-01','C'); g('colombia-one-2025-03-07','B')
g('radio-unida-2015-12','B')
for i in ['el-tiempo-2017-09','el-tiempo-fy2018','el-tiempo-2019-12','el-tiempo-2023-03','el-tiempo-requests']: g(i,'A')
g('pinzon-2022','C','copy','Ambassador Juan Carlos Pinzón','mirror','sundayvision')
g('isacson-wola','B')
g('pledgetimes-el-tiempo-2024-07','C','copy','El Tiempo','mirror','pledgetimes')
g('crs-r48287','C','copy','Congressional Research Service','paraphrase','thewashingtonobserver.com')
g('lafm-2020-02','B')
g('el-tiempo-2025-10-19','A','copy','El Tiempo','syndicated','La Nación (Costa Rica)')
g('amcham-colombia','B')
g('reuters-wtn-2025-10','C','copy','Reuters','mirror','world-today-news')
g('rcn-2025-10-20','A'); g('trtworld-2025-10-22','A')

missing = [s['id'] for s in d['sources'] if s['id'] not in G and 'grade' not in s]
if missing: print('ungraded', missing); sys.exit(1)
NOTE_FIX = [
  (r'^Seed S\d\. ', ''),
  (r'\(original: afp-arab-news-2025-02-01\)', '(the AFP original is in Arab News)'),
  (r'The original of seed S4\.', 'The original of the machine re-translation on whistlebuzz.com.'),
  (r'in seed S2', 'on parrotmouthblog.com'),
  (r'Publication date not recorded in the research notes; .published. is the earliest month its content allows\.?', 'Publication date not found; dated to the earliest month its content allows.'),
  (r'research notes', 'our research'),
]
out=[]
for s in d['sources']:
  if s['id'] in G:
    grade, origin, copyOf, copyKind, pub = G[s['id']]
    s['grade']=grade; s['origin']=origin
    if copyOf: s['copyOf']=copyOf; s['copyKind']=copyKind
    if pub: s['publisher']=pub
  if not s.get('url') and 'noLinkReason' not in s:
    s['noLinkReason'] = 'not-found' if s['id']=='s3-burgos-blog' else 'not-recorded'
  if s.get('notes'):
    n=s['notes']
    for a,b in NOTE_FIX: n=re.sub(a,b,n)
    s['notes']=n
json.dump(d, open(P,'w'), ensure_ascii=False, indent=2); open(P,'a').write('\n')
print('ok')
