"""What association editors may do: this app owns associations, memberships and the
editor accounts, so it declares the rules for clusters and labels too.

An editor of association ``a`` changes ``a`` itself (never adds or deletes an
association), its member clusters and their labels, its memberships, its declared
figures and the events it organises; it asks to add clusters that are not yet members
(membership requests, which a portal editor decides).
"""

from django.db.models import Q

from alliance.models import (
    Association,
    AssociationFigure,
    Editor,
    Event,
    Membership,
    MembershipRequest,
    RequestStatus,
)
from clusters.models import Cluster, Label
from core.access import declare, declare_editor_lookup


def member_clusters(association_id: int):
    return Membership.objects.filter(association_id=association_id).values("cluster_id")


def shared_clusters(association_id: int):
    """Clusters that also belong to another association."""
    return Membership.objects.exclude(association_id=association_id).values("cluster_id")


def join_association(cluster, association_id: int) -> None:
    """A cluster an editor creates becomes a member of their association."""
    Membership.objects.get_or_create(cluster=cluster, association_id=association_id)


def editor_association(user) -> int | None:
    return Editor.objects.filter(user=user).values_list("association_id", flat=True).first()


declare_editor_lookup(editor_association)
declare(Association, editable=lambda a: Q(pk=a), deletable=lambda a: Q(pk__in=[]), owners="")
declare(
    Cluster,
    editable=lambda a: Q(pk__in=member_clusters(a)),
    # A cluster that is also another network's member is not one association's to delete.
    deletable=lambda a: Q(pk__in=member_clusters(a)) & ~Q(pk__in=shared_clusters(a)),
    addable=True,
    claim=join_association,
    owners="associations",
)
declare(Label, editable=lambda a: Q(cluster__in=member_clusters(a)), addable=True)
declare(Membership, editable=lambda a: Q(association_id=a), addable=True)
declare(AssociationFigure, editable=lambda a: Q(association_id=a), addable=True)
declare(
    Event,
    editable=lambda a: Q(organiser_id=a),
    addable=True,
    # Participants need not be members of the editor's association.
    open_choices={"clusters"},
    owner_fields={"organiser"},
    owners="organiser",
)
# An editor asks to add a published cluster that is not yet a member; a portal editor
# decides. The request is theirs to withdraw while it is pending.
declare(
    MembershipRequest,
    editable=lambda a: Q(association_id=a),
    deletable=lambda a: Q(association_id=a, status=RequestStatus.PENDING),
    addable=True,
    open_choices={"cluster"},
    owner_fields={"association"},
    exclude_choices={"cluster": lambda a: Q(pk__in=member_clusters(a))},
    owners="association",
)
