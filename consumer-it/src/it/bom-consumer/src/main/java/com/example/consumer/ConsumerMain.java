package com.example.consumer;

import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.StaticTokenCredential;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.Mailbox;

/**
 * Compiles and runs against the installed SDK artifacts, through the BOM only: the EWS module's
 * classes must be there (a broken or empty exchange-sdk-ews jar fails the compile or the run).
 */
public final class ConsumerMain {
  public static void main(String[] args) {
    var credential = new StaticTokenCredential("not-a-real-token");
    EwsClient ews =
        EwsClient.builder()
            .credential(credential)
            .environment(ExchangeEnvironment.WORLDWIDE)
            .build();
    Mailbox mailbox = ews.mailbox("soc@contoso.com");
    System.out.println("EWS client: " + ews);
    System.out.println("Mailbox handle: " + mailbox);
  }
}
