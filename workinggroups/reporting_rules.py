"""rules permissions of status updates, milestones and outstanding tasks (filled in by the reporting work)."""
