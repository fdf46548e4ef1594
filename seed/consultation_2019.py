"""Loads the 2019 consultation (seed.data.consultation_2019) through the real-data loader's upsert: idempotent,
every write through record_save with the loader's change reason."""

from consultations.models import Consultation, Excerpt, Question, QuestionSet, Respondent, Theme
from logicmodel.models import Outcome
from seed.data import consultation_2019 as data


def load_consultation_2019(loader, logic_model) -> Consultation:
    """The consultation, its two guides, its respondents, its themes and challenges with their quotes."""
    consultation = loader.upsert(
        Consultation, {"slug": data.CONSULTATION["slug"]}, {k: v for k, v in data.CONSULTATION.items() if k != "slug"}
    )
    jc_set = loader.upsert(
        QuestionSet,
        {"consultation": consultation, "key": data.JC_GUIDE["key"], "number": data.JC_GUIDE["number"]},
        {k: v for k, v in data.JC_GUIDE.items() if k not in {"key", "number"}},
    )
    for order, (key, section_fr, section_en, text_fr, text_en) in enumerate(data.JC_QUESTIONS, start=1):
        loader.upsert(
            Question,
            {"question_set": jc_set, "key": key},
            {
                "order": order,
                "kind": Question.Kind.TEXT,
                "section_fr": section_fr,
                "section_en": section_en,
                "text_fr": text_fr,
                "text_en": text_en,
            },
        )
    wg_set = loader.upsert(
        QuestionSet,
        {"consultation": consultation, "key": data.WG_GUIDE["key"], "number": data.WG_GUIDE["number"]},
        {k: v for k, v in data.WG_GUIDE.items() if k not in {"key", "number"}},
    )
    for order, (key, topic, text_fr, text_en) in enumerate(data.WG_QUESTIONS, start=1):
        section_fr, section_en = data.WG_TOPICS[topic]
        loader.upsert(
            Question,
            {"question_set": wg_set, "key": key},
            {
                "order": order,
                "kind": Question.Kind.TEXT,
                "section_fr": section_fr,
                "section_en": section_en,
                "text_fr": text_fr,
                "text_en": text_en,
            },
        )
    source_jc = data._src(
        "Thèmes clés, défis et possibilités (selon les entrevues menées auprès des coprésidents des conseils mixtes)"
    )
    for person, council in data.JC_RESPONDENTS:
        loader.upsert(
            Respondent,
            {"consultation": consultation, "person": loader.people[person]},
            {
                "question_set": jc_set,
                "council": loader.councils[council],
                "working_group": None,
                "role_en": data.JC_ROLE[0],
                "role_fr": data.JC_ROLE[1],
                "language": "fr",
                "answered_undated": True,
                "source": source_jc,
            },
        )
    source_wg = data._src("Groupes de travail interrogés")
    for group, council in data.WG_RESPONDENTS:
        loader.upsert(
            Respondent,
            {"consultation": consultation, "working_group": loader.groups[group], "person": None},
            {
                "question_set": wg_set,
                "council": loader.councils[council],
                "role_en": data.WG_ROLE[0],
                "role_fr": data.WG_ROLE[1],
                "language": "fr",
                "answered_undated": True,
                "source": source_wg,
            },
        )
    outcomes = {o.code: o for o in Outcome.objects.filter(logic_model=logic_model)}
    excerpt_order = 0
    for order, row in enumerate(data.THEMES, start=1):
        source = data._src(row["slide"])
        if row.get("link_note"):
            source = f"{source}; {row['link_note']}"
        theme = loader.upsert(
            Theme,
            {"slug": row["slug"]},
            {
                "kind": row["kind"],
                "order": order,
                "consultation": consultation,
                "name_en": row["name_en"],
                "name_fr": row["name_fr"],
                "description_en": row["description_en"],
                "description_fr": row["description_fr"],
                "source": source[:250],
            },
        )
        loader.sync_many(theme, "priorities", [loader.priorities[slug] for slug in row["priorities"]])
        loader.sync_many(theme, "outcomes", [outcomes[code] for code in row["outcomes"] if code in outcomes])
        for quote_fr, quote_en in row["quotes"]:
            excerpt_order += 1
            excerpt = loader.upsert(
                Excerpt,
                {"consultation": consultation, "passage": quote_fr, "answer": None},
                {
                    "language": "fr",
                    "translation": quote_en,
                    "attribution_en": row["attribution"][0],
                    "attribution_fr": row["attribution"][1],
                    "order": excerpt_order,
                    "source": data._src(row["slide"])[:250],
                },
            )
            loader.sync_many(excerpt, "themes", [theme])
    return consultation
