"""Bar charts as inline SVG, generated on the server (no scripts, no external assets)."""

from __future__ import annotations

from markupsafe import Markup, escape


def bar_chart(pairs: list[tuple[str, int]], title: str, width: int = 760, unit: str = "") -> Markup:
    """Horizontal bars, one per (label, value); labels are escaped."""
    if not pairs:
        return Markup('<p class="muted">Keine Daten.</p>')
    # Room for the longest label (about 7 px per character at 12 px), within reason.
    row, pad = 26, 8
    label_w = min(max(120, 7 * max(len(label) for label, _ in pairs) + 16), width // 2)
    height = row * len(pairs) + 2 * pad
    top = max(value for _, value in pairs) or 1
    bar_space = width - label_w - 60
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
    ]
    for i, (label, value) in enumerate(pairs):
        y = pad + i * row
        bar = round(bar_space * value / top)
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" class="chart-label">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{max(bar, 1)}" height="{row - 8}" class="chart-bar"/>'
            f'<text x="{label_w + bar + 6}" y="{y + 17}" class="chart-value">{value}{escape(unit)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def column_chart(pairs: list[tuple[str, int]], title: str, width: int = 640, height: int = 220) -> Markup:
    """Vertical columns, e.g. applications per month."""
    if not pairs:
        return Markup('<p class="muted">Keine Daten.</p>')
    pad_bottom, pad_top = 40, 20
    slot = width / len(pairs)
    top = max(value for _, value in pairs) or 1
    plot = height - pad_bottom - pad_top
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
        f'<line x1="0" y1="{height - pad_bottom}" x2="{width}" y2="{height - pad_bottom}" class="chart-axis"/>'
    ]
    for i, (label, value) in enumerate(pairs):
        bar = round(plot * value / top)
        x = i * slot + slot * 0.15
        y = height - pad_bottom - bar
        cx = i * slot + slot / 2
        parts.append(
            f'<rect x="{x:.1f}" y="{y}" width="{slot * 0.7:.1f}" height="{bar}" class="chart-bar"/>'
            f'<text x="{cx:.1f}" y="{y - 4}" text-anchor="middle" class="chart-value">{value}</text>'
            f'<text x="{cx:.1f}" y="{height - pad_bottom + 16}" text-anchor="middle" '
            f'class="chart-label">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
