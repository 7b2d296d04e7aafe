package org.citytwin.flow.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citytwin.flow.FlowSample;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Walkable surfaces and the crowd walk on the real Hiroshima underground mall and pedestrian bridge. */
class WalkableSurfacesTest {
    static final Path HIROSHIMA = Path.of("sample-citygml/hiroshima-underground");
    private static List<CityObject> objects;

    @BeforeAll
    static void load() {
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            LoadResult r = loader.load(List.of(HIROSHIMA), LoadProgress.NONE, new CancelToken());
            objects = r.files().stream().flatMap(f -> f.objects().stream()).toList();
        }
    }

    @Test
    void explore() {
        WalkableMesh mesh = WalkableSurfaces.of(objects);
        System.out.println("triangles " + mesh.triangleCount() + " area " + mesh.area());
        Map<String, Integer> byLevelZ = new TreeMap<>();
        CrowdSimulator sim = new CrowdSimulator(mesh, 200, 1, "a");
        for (FlowSample s : sim.samples(0)) byLevelZ.merge(s.attributes().get("level") + " " + Math.round(s.z()), 1, Integer::sum);
        System.out.println(byLevelZ);
        for (int i = 0; i < 600; i++) sim.step(0.5);
        byLevelZ.clear();
        int still = 0;
        for (FlowSample s : sim.samples(0)) { byLevelZ.merge(s.attributes().get("level") + " " + Math.round(s.z()), 1, Integer::sum); if (s.speed() == 0) still++; }
        System.out.println(byLevelZ + " still " + still);
        for (CityObject o : objects) {
            var m = o.displayMesh(); double[] v = m.vertices(); int[] t = m.triangles();
            Map<String, Double> h = new TreeMap<>();
            for (int i = 0; i < t.length; i += 3) {
                double ax=v[3*t[i]],ay=v[3*t[i]+1],az=v[3*t[i]+2],bx=v[3*t[i+1]],by=v[3*t[i+1]+1],bz=v[3*t[i+1]+2],cx=v[3*t[i+2]],cy=v[3*t[i+2]+1],cz=v[3*t[i+2]+2];
                double ux=bx-ax,uy=by-ay,uz=bz-az,wx=cx-ax,wy=cy-ay,wz=cz-az;
                double nx=uy*wz-uz*wy,ny=uz*wx-ux*wz,nz=ux*wy-uy*wx; double len=Math.sqrt(nx*nx+ny*ny+nz*nz);
                if (len==0) continue; double c = nz/len;
                String key = (c > 0.86 ? "up" : c < -0.86 ? "down" : "side") + " z" + Math.round((az+bz+cz)/3);
                h.merge(key, len/2, Double::sum);
            }
            System.out.println(o.id() + " " + h);
        }
        objects.forEach(o -> System.out.println(o.id() + " " + o.type() + " " + o.kind() + " lod " + o.highestMeshLod() + " tris " + o.displayMesh().triangleCount()));
        assertThat(mesh.triangleCount()).isPositive();
    }
}
