package org.citytwin.pipeline.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.SurfaceLook;
import org.citytwin.model.UtilityInfo;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * Writes the model into a cache body. Every string (ids, names, attribute values, enum names) becomes an index
 * into one string table written last, so a repeated name costs four bytes and the decoder interns for free.
 * {@link ModelDecoder} mirrors each method.
 */
final class ModelEncoder {

    private final BinaryWriter out;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    ModelEncoder(BinaryWriter out) {
        this.out = out;
    }

    void str(String s) {
        if (s == null) {
            out.i32(-1);
            return;
        }
        Integer i = index.get(s);
        if (i == null) {
            i = strings.size();
            index.put(s, i);
            strings.add(s);
        }
        out.i32(i);
    }

    /** The string table, after everything that refers to it. */
    void writeStrings() {
        out.i32(strings.size());
        for (String s : strings) out.utf(s);
    }

    void strings(List<String> list) {
        out.i32(list.size());
        for (String s : list) str(s);
    }

    void file(CityFile f) {
        str(f.path());
        str(f.citygmlVersion());
        str(f.srsName());
        str(f.crs());
        out.i32(f.counts().size());
        f.counts().forEach((type, n) -> {
            str(type);
            out.i32(n);
        });
        out.i32(f.lods().size());
        for (int lod : f.lods()) out.i32(lod);
        envelope(f.bounds());
        out.i32(f.issues().size());
        for (LoadIssue issue : f.issues()) issue(issue);
    }

    void envelope(Envelope e) {
        out.bool(e.isEmpty());
        if (e.isEmpty()) return;
        out.f64(e.minX());
        out.f64(e.minY());
        out.f64(e.minZ());
        out.f64(e.maxX());
        out.f64(e.maxY());
        out.f64(e.maxZ());
    }

    void issue(LoadIssue i) {
        str(i.severity().name());
        str(i.category().name());
        str(i.file());
        out.i32(i.line());
        out.i32(i.column());
        str(i.gmlId());
        str(i.message());
        out.i32(i.count());
        // the bundle key and arguments, so a reload shows the message in the language of the moment
        str(i.text() == null ? null : i.text().key());
        if (i.text() != null) issueMessageArgs(i.text());
    }

    private void issueMessageArgs(org.citytwin.model.IssueMessage m) {
        out.i32(m.args().size());
        for (Object a : m.args()) {
            if (a instanceof Long l) {
                out.i32(1);
                out.f64(l); // exact for the counts and line numbers messages carry (below 2^53)
            } else if (a instanceof Double d) {
                out.i32(2);
                out.f64(d);
            } else if (a instanceof org.citytwin.model.IssueMessage nested) {
                out.i32(3);
                str(nested.key());
                issueMessageArgs(nested);
            } else {
                out.i32(0);
                str((String) a);
            }
        }
    }

    void object(CityObject o) {
        str(o.id());
        str(o.type());
        str(o.kind().name());
        str(o.name());
        out.i32(o.lods().size());
        for (int lod : o.lods()) out.i32(lod);
        out.i32(o.meshes().size());
        o.meshes().forEach((lod, mesh) -> {
            out.i32(lod);
            mesh(mesh);
        });
        attributes(o.attributes());
        str(o.sourceFile());
        out.bool(o.utility() != null);
        if (o.utility() != null) utility(o.utility());
    }

    void mesh(MeshPart m) {
        out.doubles(m.vertices());
        out.ints(m.triangles());
        out.floats(m.texCoords());
        out.ints(m.triangleLooks());
        out.i32(m.looks().size());
        for (SurfaceLook look : m.looks()) {
            str(look.texturePath());
            out.i32(look.argb());
        }
    }

    void attributes(List<Attribute> list) {
        out.i32(list.size());
        for (Attribute a : list) {
            str(a.name());
            str(a.value());
            str(a.unit());
            str(a.codeSpace());
            str(a.label());
            attributes(a.children());
        }
    }

    void utility(UtilityInfo u) {
        str(u.type() == null ? null : u.type().name());
        str(u.elementClass());
        out.doubles(u.centreLine());
        out.f64(u.outerDiameterM());
        out.bool(u.diameterDefaulted());
        out.f64(u.coverDepthM());
        str(u.depthSource() == null ? null : u.depthSource().name());
        out.f64(u.groundElevation());
        str(u.year());
        str(u.occupier());
        str(u.network());
        str(u.connectedPart());
        strings(u.connectedTo());
    }

    /** An untextured tile mesh (textured ones are rebuilt with their atlas, never cached). */
    void tileMesh(TileMesh m) {
        if (m.isTextured() || m.texCoords() != null || m.atlas() != null) {
            throw new IllegalArgumentException("textured tile meshes are not cached");
        }
        str(m.kind().name());
        out.i32(m.tileX());
        out.i32(m.tileY());
        out.floats(m.points());
        out.ints(m.triangles());
        out.ints(m.faceObject());
        strings(m.objectIds());
    }
}
