package org.citytwin.scene;

/**
 * Prism refuses Mesa/llvmpipe (Xvfb, VMs) and then silently draws no 3D at all. Here, below both the viewer (app)
 * and the commands that render offscreen (cli), so neither has to reach into the other for it.
 */
public final class Prism3d {
    private Prism3d() {
    }

    /**
     * Forces Prism's GPU pipeline so 3D works under software rendering. Must happen before the toolkit starts
     * (Prism reads it once); a value the user set explicitly wins.
     */
    public static void enableUnderSoftwareRendering() {
        if (System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
    }
}
