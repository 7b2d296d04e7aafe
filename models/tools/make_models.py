#!/usr/bin/env python3
"""Writes the bundled proposal models (authored by the CityTwin developers, CC0 1.0) from plain boxes.

Every model: metres, Y up, origin at the centre of its footprint on the ground (glTF's convention; OBJ follows it).
    python3 models/tools/make_models.py      # rewrites models/*.obj, *.mtl, *.gltf, *.glb
"""
import base64
import json
import pathlib
import struct

OUT = pathlib.Path(__file__).resolve().parent.parent


def box(x0, y0, z0, x1, y1, z1, faces="all"):
    """Quads (4 corner tuples, counter-clockwise seen from outside) of an axis-aligned box."""
    quads = {
        "bottom": [(x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1)],
        "top": [(x0, y1, z0), (x0, y1, z1), (x1, y1, z1), (x1, y1, z0)],
        "south": [(x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1)],
        "north": [(x1, y0, z0), (x0, y0, z0), (x0, y1, z0), (x1, y1, z0)],
        "west": [(x0, y0, z0), (x0, y0, z1), (x0, y1, z1), (x0, y1, z0)],
        "east": [(x1, y0, z1), (x1, y0, z0), (x1, y1, z0), (x1, y1, z1)],
    }
    keep = quads.keys() if faces == "all" else faces
    return [quads[k] for k in keep]


def office():
    """A 60 m mid-rise office block: an 8 m podium, a 30 x 20 m tower of glass bands and spandrels, a roof plant box."""
    parts = [("podium", box(-18, 0, -13, 18, 8, 13))]
    glass, spandrel = [], []
    for floor in range(13):  # 8 m + 13 floors of 4 m = 60 m
        y = 8 + 4 * floor
        spandrel += box(-15, y, -10, 15, y + 1, 10, ["south", "north", "west", "east"])
        glass += box(-15, y + 1, -10, 15, y + 4, 10, ["south", "north", "west", "east"])
    parts += [("spandrel", spandrel), ("glass", glass), ("roof", box(-15, 59.8, -10, 15, 60, 10, ["top"]))]
    parts += [("plant", box(-6, 60, -4, 6, 60.0001, 4, ["top"]))]
    materials = {"podium": (0.62, 0.60, 0.56), "spandrel": (0.85, 0.85, 0.82), "glass": (0.36, 0.48, 0.60),
                 "roof": (0.45, 0.45, 0.45), "plant": (0.55, 0.55, 0.55)}
    return parts, materials


def canopy():
    """A station-plaza canopy: a 40 x 16 m roof at 6 m on ten slender columns."""
    parts = [("roof", box(-20, 5.6, -8, 20, 6.0, 8))]
    columns = []
    for x in (-18, -9, 0, 9, 18):
        for z in (-6, 6):
            columns += box(x - 0.25, 0, z - 0.25, x + 0.25, 5.6, z + 0.25, ["south", "north", "west", "east"])
    parts.append(("steel", columns))
    return parts, {"roof": (0.92, 0.92, 0.90), "steel": (0.40, 0.42, 0.45)}


def deck():
    """A pedestrian deck: a 60 x 6 m walkway at 6 m with glass railings, columns every 12 m and a stair at the east end."""
    parts = [("deck", box(-30, 5.5, -3, 30, 6.0, 3))]
    parts.append(("railing", box(-30, 6.0, -3, 30, 7.1, -2.9) + box(-30, 6.0, 2.9, 30, 7.1, 3)))
    columns = []
    for x in (-24, -12, 0, 12, 24):
        columns += box(x - 0.4, 0, -0.4, x + 0.4, 5.5, 0.4, ["south", "north", "west", "east"])
    parts.append(("column", columns))
    steps = []
    for i in range(20):  # 20 risers of 0.3 m from the ground to the deck, 0.3 m treads
        y = 0.3 * i
        steps += box(30 + 0.3 * (19 - i), 0, -1.5, 30 + 0.3 * (20 - i), y + 0.3, 1.5)
    parts.append(("stair", steps))
    return parts, {"deck": (0.72, 0.70, 0.66), "railing": (0.62, 0.77, 0.85), "column": (0.55, 0.55, 0.55),
                   "stair": (0.68, 0.66, 0.62)}


def write_obj(name, parts, materials):
    lines, mtl, index = [f"# {name}: CityTwin proposal model, CC0 1.0", f"mtllib {name}.mtl"], [], 1
    for material, quads in parts:
        lines.append(f"usemtl {material}")
        for q in quads:
            for x, y, z in q:
                lines.append(f"v {x:.4f} {y:.4f} {z:.4f}")
            lines.append(f"f {index} {index + 1} {index + 2} {index + 3}")
            index += 4
    for material, (r, g, b) in materials.items():
        mtl += [f"newmtl {material}", f"Kd {r:.3f} {g:.3f} {b:.3f}", "d 1.0", ""]
    (OUT / f"{name}.obj").write_text("\n".join(lines) + "\n")
    (OUT / f"{name}.mtl").write_text("\n".join(mtl))


def gltf_document(name, parts, materials):
    """One mesh, one primitive per material; positions float32, indices uint32, all in one buffer."""
    blob, views, accessors, primitives, names = b"", [], [], [], list(materials)
    for material, quads in parts:
        positions, indices = [], []
        for q in quads:
            base = len(positions)
            positions += q
            indices += [base, base + 1, base + 2, base, base + 2, base + 3]
        pos = b"".join(struct.pack("<3f", *p) for p in positions)
        idx = b"".join(struct.pack("<I", i) for i in indices)
        for data, target in ((pos, 34962), (idx, 34963)):
            views.append({"buffer": 0, "byteOffset": len(blob), "byteLength": len(data), "target": target})
            blob += data
            while len(blob) % 4:
                blob += b"\0"
        xs, ys, zs = zip(*positions)
        accessors.append({"bufferView": len(views) - 2, "componentType": 5126, "count": len(positions), "type": "VEC3",
                          "min": [min(xs), min(ys), min(zs)], "max": [max(xs), max(ys), max(zs)]})
        accessors.append({"bufferView": len(views) - 1, "componentType": 5125, "count": len(indices), "type": "SCALAR"})
        primitives.append({"attributes": {"POSITION": len(accessors) - 2}, "indices": len(accessors) - 1,
                           "material": names.index(material)})
    doc = {"asset": {"version": "2.0", "generator": "CityTwin make_models.py", "copyright": "CC0 1.0, CityTwin developers"},
           "scene": 0, "scenes": [{"nodes": [0]}], "nodes": [{"mesh": 0, "name": name}],
           "meshes": [{"name": name, "primitives": primitives}],
           "materials": [{"name": m, "pbrMetallicRoughness": {"baseColorFactor": [*materials[m], 1.0],
                                                             "metallicFactor": 0.0, "roughnessFactor": 0.8}}
                         for m in names],
           "accessors": accessors, "bufferViews": views, "buffers": [{"byteLength": len(blob)}]}
    return doc, blob


def write_gltf(name, parts, materials):
    doc, blob = gltf_document(name, parts, materials)
    doc["buffers"][0]["uri"] = "data:application/octet-stream;base64," + base64.b64encode(blob).decode()
    (OUT / f"{name}.gltf").write_text(json.dumps(doc, indent=1) + "\n")


def write_glb(name, parts, materials):
    doc, blob = gltf_document(name, parts, materials)
    text = json.dumps(doc).encode()
    text += b" " * (-len(text) % 4)
    body = struct.pack("<II", len(text), 0x4E4F534A) + text + struct.pack("<II", len(blob), 0x004E4942) + blob
    (OUT / f"{name}.glb").write_bytes(struct.pack("<III", 0x46546C67, 2, 12 + len(body)) + body)


if __name__ == "__main__":
    write_obj("office-60m", *office())
    write_gltf("plaza-canopy", *canopy())
    write_glb("pedestrian-deck", *deck())
