// Generates UniFFI Kotlin Multiplatform bindings before Kotlin compilation, per Android variant.
import com.android.build.api.variant.AndroidComponentsExtension

val androidComponents = extensions.getByType(AndroidComponentsExtension::class.java)

androidComponents.onVariants { variant ->
    val name = variant.name.replaceFirstChar(Char::uppercase)
    val outDir = layout.buildDirectory.dir("generated/uniffi/${variant.name}")
    val gen = tasks.register<Exec>("generateUniffi$name") {
        val abi = "aarch64-linux-android"
        val profile = if (variant.buildType == "release") "release" else "debug"
        commandLine(
            "uniffi-kmp-bindgen", "generate",
            "--library", rootProject.file("target/$abi/$profile/libwallet_core.so").path,
            "--out-dir", outDir.get().asFile.path,
            "--variant", variant.name,
            "--project-dir", rootDir.path,
        )
    }
    tasks.named("preBuild") { dependsOn(gen) }
}
