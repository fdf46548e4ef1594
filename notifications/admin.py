from django.contrib import admin

from .models import Notification, Preference


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin):
    list_display = ("user", "language", "delivery", "last_visit_at")
    search_fields = ("user__username", "user__email")
    exclude = ("calendar_token",)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    """The record of messages: read-only."""

    list_display = ("created_at", "email", "event", "language", "delivery", "status", "sent_at")
    list_filter = ("event", "status", "delivery", "language")
    search_fields = ("email", "subject")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
