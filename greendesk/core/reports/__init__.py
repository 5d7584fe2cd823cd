"""Printable reports (PDF) built from core read models."""
