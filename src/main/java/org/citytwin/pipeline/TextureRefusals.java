package org.citytwin.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.citytwin.model.SurfaceLook;

/**
 * Turns the texture images refused while the atlases were built (too large, over the memory budget,
 * undecodable) into issues of each file whose surfaces use them, so they reach the JSON report and the
 * data-quality panel rather than only the log.
 */
final class TextureRefusals {

    private TextureRefusals() {
    }

    /** The files, each with a TEXTURE_REFUSED warning per refused image it uses; unchanged when none was refused. */
    static List<CityFile> attach(List<CityFile> files, Map<String, IssueMessage> refusals) {
        if (refusals.isEmpty()) return files;
        List<CityFile> out = new ArrayList<>(files.size());
        for (CityFile f : files) {
            List<LoadIssue> added = new ArrayList<>();
            for (String image : images(f)) {
                IssueMessage why = refusals.get(image);
                if (why == null) continue;
                added.add(new LoadIssue(Severity.WARNING, IssueCategory.TEXTURE_REFUSED, f.path(), 0, 0, null,
                        IssueMessage.of("issues.texture.refused", image, why)));
            }
            if (added.isEmpty()) {
                out.add(f);
                continue;
            }
            List<LoadIssue> issues = new ArrayList<>(f.issues());
            issues.addAll(added);
            out.add(new CityFile(f.path(), f.citygmlVersion(), f.srsName(), f.crs(), f.objects(), f.counts(), f.lods(),
                    f.bounds(), issues));
        }
        return out;
    }

    /** Every texture image the file's objects use, at any LOD, in first-use order. */
    private static Set<String> images(CityFile f) {
        Set<String> images = new LinkedHashSet<>();
        for (CityObject o : f.objects()) {
            for (MeshPart m : o.meshes().values()) {
                if (m.looks() == null) continue;
                for (SurfaceLook look : m.looks()) if (look.isTextured()) images.add(look.texturePath());
            }
        }
        return images;
    }
}
