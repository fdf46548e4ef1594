"""{% open_ballots %}: the open ballots on which the signed-in person may vote, for their home page."""

from django import template

from voting import selectors

register = template.Library()


@register.inclusion_tag("voting/includes/open_ballots.html", takes_context=True)
def open_ballots(context):
    return {"ballots": selectors.open_ballots_for(context["request"].user)}
