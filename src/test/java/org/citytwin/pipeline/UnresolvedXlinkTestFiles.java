package org.citytwin.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generates files whose geometry XLinks do not resolve (shared by the loader and the inspect tests). */
public final class UnresolvedXlinkTestFiles {

    private UnresolvedXlinkTestFiles() {
    }

    public static final int BUILDINGS = 7;
    public static final int EXTERNAL_PER_BUILDING = 3;
    /** Every geometry XLink of the file: the external ones and one #nonexistent per building. */
    public static final int HREFS = BUILDINGS * (EXTERNAL_PER_BUILDING + 1);

    /** {@code BUILDINGS} buildings whose lod2Solid members point into missing.gml and whose wall points at #nonexistent, plus one good building. */
    public static Path hollowBuildings(Path dir) throws IOException {
        StringBuilder gml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                    xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xlink="http://www.w3.org/1999/xlink">
                """);
        for (int b = 0; b < BUILDINGS; b++) {
            gml.append("  <core:cityObjectMember><bldg:Building gml:id=\"hollow_").append(b).append("\">\n")
                    .append("    <bldg:lod2Solid><gml:Solid><gml:exterior><gml:CompositeSurface>\n");
            for (int m = 0; m < EXTERNAL_PER_BUILDING; m++) {
                gml.append("      <gml:surfaceMember xlink:href=\"missing.gml#poly_").append(b).append('_').append(m).append("\"/>\n");
            }
            gml.append("    </gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod2Solid>\n")
                    .append("    <bldg:boundedBy><bldg:WallSurface><bldg:lod2MultiSurface><gml:MultiSurface>")
                    .append("<gml:surfaceMember xlink:href=\"#nonexistent_").append(b).append("\"/>")
                    .append("</gml:MultiSurface></bldg:lod2MultiSurface></bldg:WallSurface></bldg:boundedBy>\n")
                    .append("  </bldg:Building></core:cityObjectMember>\n");
        }
        gml.append("""
                  <core:cityObjectMember><bldg:Building gml:id="solid_ok">
                    <bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface><gml:surfaceMember><gml:Polygon>
                      <gml:exterior><gml:LinearRing><gml:posList srsDimension="3">0 0 0 10 0 0 10 10 0 0 0 0</gml:posList></gml:LinearRing></gml:exterior>
                    </gml:Polygon></gml:surfaceMember></gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
                  </bldg:Building></core:cityObjectMember>
                </core:CityModel>
                """);
        Path file = dir.resolve("hollow.gml");
        Files.writeString(file, gml, StandardCharsets.UTF_8);
        return file;
    }

    public static final int TREES = 5;

    /** {@code TREES} trees whose implicit prototype lies in trees.gml (not there) or at #no_such_prototype. */
    public static Path hollowTrees(Path dir) throws IOException {
        StringBuilder gml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                    xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:xlink="http://www.w3.org/1999/xlink">
                """);
        for (int t = 0; t < TREES; t++) {
            String href = t % 2 == 0 ? "trees.gml#proto" : "#no_such_prototype";
            gml.append("  <core:cityObjectMember><veg:SolitaryVegetationObject gml:id=\"tree_").append(t).append("\">")
                    .append("<veg:lod2ImplicitRepresentation><core:ImplicitGeometry>")
                    .append("<core:transformationMatrix>1 0 0 0 0 1 0 0 0 0 1 0 0 0 0 1</core:transformationMatrix>")
                    .append("<core:relativeGMLGeometry xlink:href=\"").append(href).append("\"/>")
                    .append("<core:referencePoint><gml:Point><gml:pos srsDimension=\"3\">").append(t * 10).append(" 0 0</gml:pos></gml:Point></core:referencePoint>")
                    .append("</core:ImplicitGeometry></veg:lod2ImplicitRepresentation></veg:SolitaryVegetationObject></core:cityObjectMember>\n");
        }
        gml.append("</core:CityModel>\n");
        Path file = dir.resolve("trees-without-prototype.gml");
        Files.writeString(file, gml, StandardCharsets.UTF_8);
        return file;
    }
}
