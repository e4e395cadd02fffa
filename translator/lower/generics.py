"""Monomorphisation: bind a generic function's type variables at a call site."""
from __future__ import annotations

from mypy.types import CallableType, Instance, TupleType, Type, TypeVarType, UnionType, get_proper_type


def unify(generic: Type, concrete: Type, env: dict[object, object]) -> None:
    """Record in env the types that generic's type variables take in concrete."""
    g = get_proper_type(generic)
    c = get_proper_type(concrete)
    if isinstance(g, TypeVarType):
        env.setdefault(g.id, concrete)
    elif isinstance(g, Instance) and isinstance(c, Instance):
        for ga, ca in zip(g.args, c.args):
            unify(ga, ca, env)
    elif isinstance(g, TupleType) and isinstance(c, TupleType):
        for ga, ca in zip(g.items, c.items):
            unify(ga, ca, env)
    elif isinstance(g, CallableType) and isinstance(c, CallableType):
        for ga, ca in zip(g.arg_types, c.arg_types):
            unify(ga, ca, env)
        unify(g.ret_type, c.ret_type, env)
    elif isinstance(g, UnionType):
        rest = [i for i in g.items if not isinstance(get_proper_type(i), type(None))]
        citems = c.items if isinstance(c, UnionType) else [c]
        for gi in rest:
            for ci in citems:
                unify(gi, ci, env)


def call_bindings(generic: CallableType, instantiated: Type) -> dict[object, object]:
    env: dict[object, object] = {}
    unify(generic, instantiated, env)
    return {tv.id: env[tv.id] for tv in generic.variables if tv.id in env}
