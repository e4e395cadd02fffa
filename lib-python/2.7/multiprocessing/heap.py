"""Shared-memory heap: not implemented (needs mmap-backed arenas)."""

__all__ = []
