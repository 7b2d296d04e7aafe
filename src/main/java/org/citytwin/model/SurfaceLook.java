package org.citytwin.model;

/**
 * How a surface looks: a texture image (an existing file, already resolved) or a solid colour.
 * Value equality, so equal looks of different objects share one atlas patch.
 *
 * @param texturePath absolute path of the image file, or null for a solid colour
 * @param argb        the solid colour (0xAARRGGBB); for a texture the colour shown when it cannot be decoded
 */
public record SurfaceLook(String texturePath, int argb) {

    public static SurfaceLook texture(String path) {
        return new SurfaceLook(path, 0xFFFFFFFF);
    }

    public static SurfaceLook colour(int argb) {
        return new SurfaceLook(null, argb);
    }

    public boolean isTextured() {
        return texturePath != null;
    }
}
