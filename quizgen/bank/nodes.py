"""Changing round-trip YAML nodes without losing the teacher's comments.

ruamel.yaml keeps a comment (and a blank line) with the key or list item
*before* it.  Assigning a new map or list to a key drops the comments inside
the old one, and deleting a key drops the comments that follow it.  These
helpers change values in place and move the comments of a deleted key to
the key before it, so every comment the teacher wrote stays in the file.
"""
from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken


def plain(value: Any) -> Any:
    """Comparable plain data from ruamel's commented containers."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)


def commented(value: Any) -> Any:
    """Plain data as the round-trip loader returns it (the inverse of ``plain``), so a merge can change it in place."""
    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = commented(v)
        return out
    if isinstance(value, list):
        return CommentedSeq(commented(v) for v in value)
    return value


def set_value(node: CommentedMap, key: Any, new: Any) -> bool:
    """Make ``node[key]`` equal to ``new``, changing as little as possible; return whether it changed."""
    if key not in node:
        node[key] = new
        return True
    old = node[key]
    if plain(old) == plain(new):
        return False
    if isinstance(old, CommentedMap) and isinstance(new, dict):
        for k in [k for k in old if k not in new]:
            delete_key(old, k)
        for k, v in new.items():
            set_value(old, k, v)
        return True
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        for i in range(min(len(old), len(new))):
            if plain(old[i]) != plain(new[i]):
                old[i] = new[i]
        while len(old) > len(new):
            delete_item(old, len(old) - 1)
        old.extend(new[len(old):])
        return True
    node[key] = new
    return True


def delete_key(node: CommentedMap, key: Any) -> None:
    """Delete ``key``; comments on its line and after it move to the key before it."""
    keys = list(node)
    index = keys.index(key)
    lines = comment_lines(node, key)
    del node[key]
    node.ca.items.pop(key, None)
    if lines and index > 0:
        append_comment_lines(node, keys[index - 1], lines)


def delete_item(seq: CommentedSeq, index: int) -> None:
    """Delete a list item; its comments move to the item before it."""
    lines = comment_lines(seq, index)
    del seq[index]
    # ruamel keys list comments by position: shift the ones after the item
    items = seq.ca.items
    for i in sorted(k for k in list(items) if isinstance(k, int) and k >= index):
        slot = items.pop(i)
        if i > index:
            items[i - 1] = slot
    if lines and index > 0:
        append_comment_lines(seq, index - 1, lines)


def comment_lines(node: Any, key: Any) -> list[str]:
    """The comment and blank lines attached to ``key`` (or list index) and inside its value."""
    lines: list[str] = []
    token = _token(node, key)
    if token is not None:
        lines += _lines_of(token, _column(node, key))
    value = node[key]
    if isinstance(value, (CommentedMap, CommentedSeq)) and not _flow(value):
        for inner in (list(value) if isinstance(value, CommentedMap) else range(len(value))):
            lines += comment_lines(value, inner)
    return lines


def append_comment_lines(node: Any, key: Any, lines: list[str]) -> None:
    """Add whole comment lines after ``key``'s value (after the last line of a block value)."""
    value = node[key]
    if isinstance(value, (CommentedMap, CommentedSeq)) and len(value) and not _flow(value):
        last = list(value)[-1] if isinstance(value, CommentedMap) else len(value) - 1
        append_comment_lines(value, last, lines)
        return
    text = "\n".join(lines) + "\n"
    token = _token(node, key)
    if token is not None:
        token.value = (token.value if token.value.endswith("\n") else token.value + "\n") + text
        return
    token = CommentToken("\n" + text, CommentMark(0), None)
    if isinstance(node, CommentedSeq):
        node.ca.items[key] = [token, None]
    else:
        node.ca.items[key] = [None, None, token, None]


def _token(node: Any, key: Any) -> CommentToken | None:
    slot = node.ca.items.get(key)
    if not slot:
        return None
    token = slot[0] if isinstance(node, CommentedSeq) else (slot[2] if len(slot) > 2 else None)
    return token if isinstance(token, CommentToken) else None


def _lines_of(token: CommentToken, indent: int) -> list[str]:
    first, _, rest = token.value.partition("\n")
    lines = [" " * indent + first.strip()] if first.strip() else []
    if rest:
        lines += rest.split("\n")[:-1] if rest.endswith("\n") else rest.split("\n")
    return lines


def _column(node: Any, key: Any) -> int:
    try:
        if isinstance(node, CommentedMap):
            return node.lc.key(key)[1]
        return max(node.lc.item(key)[1] - 2, 0)     # the "- " of the item
    except (AttributeError, KeyError, TypeError, IndexError):
        return 0


def _flow(value: Any) -> bool:
    fa = getattr(value, "fa", None)
    return bool(fa is not None and fa.flow_style())
