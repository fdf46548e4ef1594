"""The real record of the Joint Councils, as plain bilingual data, loaded by `manage.py load_joint_councils`.

One module per area: organisations (jurisdictions and organisations), councils (councils, people, council
co-chairs), workinggroups (groups, reporting lines, co-chair seats and terms), priorities, logicmodel, alignment.
Everything comes from ../shared/DOMAIN.md and the three French briefing decks it summarises:

- 000: September 2020 deck to the Joint Councils (priorities reconfirmed, emerging themes, annex "Conseils mixtes –
  modèle logique");
- 001: July 2019 report of the Joint Councils' strategic policy analyst ("État des groupes de travail", the
  participation map, the 2019 alignment proposal);
- 003: governance deck (operating framework, "quick wins").

Conventions that keep the data honest:
- English is a faithful translation of the French sources; names follow DOMAIN.md.
- Dates known only to the month are recorded on the first day of that month; dates the sources do not give are None.
- Acronyms are recorded only where the sources use them as the group's or organisation's name in that language
  (IMSC/SCGI, NSCIP/SNDPI, TBS/SCT ...). The one-slide abbreviations of the participation map's legend (ND, SN, GOC,
  RAD ...) are not loaded: an acronym missing in one language falls back to the other one on screen, and an English
  page showing a French slide abbreviation would confuse more than it helps.
- Nobody is invented: people appear only where the sources name them, with no email.
"""

# The change reason every history row written by the loader carries.
CHANGE_REASON = "load_joint_councils"

SOURCE_000 = "000 Conseils mixtes, septembre 2020"
SOURCE_001_STATUS = "001 État des groupes de travail (2019)"
SOURCE_001_ALIGNMENT = "001 Proposed alignment of the working groups to the Joint Councils priorities (2019)"
