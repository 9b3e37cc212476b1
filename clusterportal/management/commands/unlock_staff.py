"""``manage.py unlock_staff USERNAME [--address IP]``: lift a login lock at once.

For the operator a locked-out staff member calls: removes the failed attempts recorded
for the user name (from every address, or from ``--address`` only), so the next login
with the right password succeeds. Axes' own ``axes_reset_username`` does the same for
every address; this one also names what it removed.
"""

from axes.models import AccessAttempt
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Lift the login lock of a staff user name (all addresses, or one)."

    def add_arguments(self, parser):
        parser.add_argument("username", help="The user name that is locked out.")
        parser.add_argument(
            "--address", metavar="IP", help="Only the lock from this client address."
        )

    def handle(self, *args, username, address=None, **options):
        attempts = AccessAttempt.objects.filter(username=username)
        if address:
            attempts = attempts.filter(ip_address=address)
        addresses = sorted({str(ip) for ip in attempts.values_list("ip_address", flat=True)})
        attempts.delete()
        if addresses:
            self.stdout.write(
                f"Unlocked {username} (failed logins from {', '.join(addresses)} removed)."
            )
        else:
            self.stdout.write(f"{username} had no recorded failed logins: nothing to unlock.")
