package org.citytwin.pipeline.tile;

/**
 * The diffuse image of one tile mesh: every texture its objects use, scaled to fit, plus small solid
 * patches for untextured surfaces. Pixels are 0xAARRGGBB, row by row; the scene turns them into an image.
 */
public record TextureAtlas(int width, int height, int[] argb) {
}
