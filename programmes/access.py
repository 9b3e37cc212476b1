"""What association editors may do with this app's models: read them, never change them.

Programmes, actions, calls, projects and reports are reference data kept by portal
editors. A project's participants may be any published cluster.
"""

from core.access import declare, declare_read_only
from programmes.models import Action, Call, Participation, Programme, Project, Report

declare_read_only(Programme, Action, Call, Project, Report)
declare(Participation, read_only=True, open_choices={"cluster"})
