"""Module dicts: ordinary W_DictObjects (str keys, unboxed) that also keep a
ModuleCell per global name the evaluator asked for. LOAD_GLOBAL caches the
cell of a name once and then reads cell.w_value: no hashing, no probing, and
a JIT can promote the cell (it never changes for a given dict and name)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.dictobject import ModuleCell, W_DictObject, dict_getitem_str

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def new_module_dict(space: "ObjSpace") -> W_Root:
    w_d = W_DictObject()
    w_d.cells = {}
    return w_d


def is_module_dict(w_dict: W_Root) -> bool:
    return isinstance(w_dict, W_DictObject) and w_dict.cells is not None


def get_global_cell(space: "ObjSpace", w_dict: W_Root, name: str) -> Optional[ModuleCell]:
    """The cell of `name` in a module dict (created on first request; its
    w_value is None while the name is unbound). None if w_dict is not a
    module dict (then use dict_getitem_str)."""
    if not isinstance(w_dict, W_DictObject):
        return None
    cells = w_dict.cells
    if cells is None:
        return None
    cell = cells.get(name, None)
    if cell is None:
        cell = ModuleCell(dict_getitem_str(space, w_dict, name))
        cells[name] = cell
    return cell


def make_module_dict(space: "ObjSpace", w_dict: W_Root) -> None:
    """Turn an existing dict into a module dict (keeps its contents)."""
    assert isinstance(w_dict, W_DictObject)
    if w_dict.cells is None:
        w_dict.cells = {}
