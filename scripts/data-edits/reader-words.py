# One-off edit (issue 9): no internal vocabulary ("seed", "S4", "semilla") in text readers see.
import json, re
P='data/dataset.json'; d=json.load(open(P))
R = [
 # English
 (r'Not in the seeds \(context for ([^)]*)\)\. ', r'Context for \1. '),
 (r'Not in the seeds\. ?', ''),
 (r'Not directly in the seeds: ', ''),
 (r'Machine re-translation in seed S4;', "Machine re-translation of CNN's article (whistlebuzz.com);"),
 (r'Known only through seed S4, a machine re-translation of CNN;', "Known only through a machine re-translation of CNN's article (whistlebuzz.com);"),
 (r'CNN and seed S4 say', 'CNN says'),
 (r"the seed's own date", "the Latin Times article's own date"),
 (r'\(seed S0\)', ''), (r'the Latin Times \(S0\)', 'the Latin Times'), (r'Latin Times interview \(S0\)', 'Latin Times interview'),
 (r'\(seed S3, unverified\)', "(Isabella Burgos's blog post, unverified)"),
 (r'As stated in seed S3;', "As stated in Isabella Burgos's blog post;"),
 (r'The reworded copy of AFP \(S2\)', 'The reworded copy of AFP on parrotmouthblog.com'),
 (r"Seed S4's", "The CNN re-translation's"), (r"S4's", "the CNN re-translation's"),
 (r"Seed S1's", "The Los Angeles Times (AP) article's"),
 (r'Seed S4', 'The CNN re-translation'), (r'seed S4', 'the CNN re-translation'),
 (r'Seed S3', "Isabella Burgos's blog post"), (r'seed S3', "Isabella Burgos's blog post"),
 (r'Seed S2', 'The reworded AFP copy'), (r'Seed S1', 'The Los Angeles Times (AP) article'), (r'seed S0', 'the Latin Times article'),
 (r'\bas S3 says', "as Isabella Burgos's blog post says"),
 (r'\bin S4\b', 'in the CNN re-translation'), (r'\bS4 says', 'the CNN re-translation says'),
 (r'Garbled in S4', 'Garbled in the CNN re-translation'),
 (r'translated and conflated in S4', 'translated and conflated in the CNN re-translation'),
 # Spanish
 (r'No figura en las semillas \(contexto ([^)]*)\)\. ', lambda m: 'Contexto ' + m.group(1) + '. '),
 (r'No figura en las semillas\. ?', ''),
 (r'No figura directamente en las semillas: ', ''),
 (r'Retraducción automática en la semilla S4;', 'Retraducción automática del artículo de CNN (whistlebuzz.com);'),
 (r'Solo se conoce por la semilla S4', 'Solo se conoce por la retraducción automática del artículo de CNN (whistlebuzz.com)'),
 (r'CNN y la semilla S4 dicen', 'CNN dice'),
 (r'la fecha de la propia semilla', 'la fecha del propio artículo de Latin Times'),
 (r'Latin Times \(S0\)', 'Latin Times'),
 (r'La copia reescrita de AFP \(S2\)', 'La copia reescrita de AFP en parrotmouthblog.com'),
 (r'La semilla S4', 'La retraducción de CNN'), (r'la semilla S4', 'la retraducción de CNN'),
 (r'de la semilla S3', 'del blog de Isabella Burgos'), (r'en la semilla S3', 'en el blog de Isabella Burgos'),
 (r'La semilla S3', 'El blog de Isabella Burgos'), (r'la semilla S3', 'el blog de Isabella Burgos'),
 (r'La semilla S2', 'La copia reescrita de AFP'), (r'de la semilla S1', 'del artículo de Los Angeles Times (AP)'),
 (r'La semilla S1', 'El artículo de Los Angeles Times (AP)'), (r'semilla S0', 'artículo de Latin Times'),
 (r'como dice S3', 'como dice el blog de Isabella Burgos'),
 (r'la cita posterior de S4', 'la cita posterior de la retraducción de CNN'),
 (r'\ben S4\b', 'en la retraducción de CNN'), (r'\bde S4\b', 'de la retraducción de CNN'), (r'\bS4 dice', 'la retraducción de CNN dice'),
 (r'Distorsionado en S4', 'Distorsionado en la retraducción de CNN'),
 (r'Retraducido y mezclado en S4', 'Retraducido y mezclado en la retraducción de CNN'),
 (r'\(S0\)', ''),
]
def fix(x):
  if isinstance(x, dict): return {k: (v if k in ('id','source','event','speaker','excerpt') else fix(v)) for k,v in x.items()}
  if isinstance(x, list): return [fix(v) for v in x]
  if isinstance(x, str):
    for a,b in R: x = re.sub(a,b,x)
    return x.replace('  ',' ').strip() if x else x
  return x
for k in ('events','quotes','series','sources'): d[k]=fix(d[k])
json.dump(d, open(P,'w'), ensure_ascii=False, indent=2); open(P,'a').write('\n')
