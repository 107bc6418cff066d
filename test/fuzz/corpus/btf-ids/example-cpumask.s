.pushsection .BTF_ids,"a";       
.local example_kfunc_btf_ids;                        
example_kfunc_btf_ids:;                                      
.popsection;                                  
.pushsection .BTF_ids,"a";       
.local __BTF_ID__set8__example_kfunc_btf_ids;        
__BTF_ID__set8__example_kfunc_btf_ids:;                   
.zero 4                                       
.long (1 << 0)
.popsection;                                  
.pushsection .BTF_ids,"a";       
.local __BTF_ID__func__example_mask_create__054 ;                          
.type  __BTF_ID__func__example_mask_create__054, STT_OBJECT;               
.size  __BTF_ID__func__example_mask_create__054, 4;                        
__BTF_ID__func__example_mask_create__054:                                     
.zero 4                                       
.long (1 << 0) | (1 << 2)
.popsection;                                  
.pushsection .BTF_ids,"a";       
.local __BTF_ID__func__example_mask_release__155 ;                          
.type  __BTF_ID__func__example_mask_release__155, STT_OBJECT;               
.size  __BTF_ID__func__example_mask_release__155, 4;                        
__BTF_ID__func__example_mask_release__155:                                     
.zero 4                                       
.long (1 << 1)
.popsection;                                  
.pushsection .BTF_ids,"a";       
.local __BTF_ID__func__example_mask_set_bit__256 ;                          
.type  __BTF_ID__func__example_mask_set_bit__256, STT_OBJECT;               
.size  __BTF_ID__func__example_mask_set_bit__256, 4;                        
__BTF_ID__func__example_mask_set_bit__256:                                     
.zero 4                                       
.long (1 << 7)
.popsection;                                  
.pushsection .BTF_ids,"a";       
.local __BTF_ID__func__example_mask_weight__357 ;                          
.type  __BTF_ID__func__example_mask_weight__357, STT_OBJECT;               
.size  __BTF_ID__func__example_mask_weight__357, 4;                        
__BTF_ID__func__example_mask_weight__357:                                     
.zero 4                                       
.long (1 << 7)
.popsection;                                  
.pushsection .BTF_ids,"a";       
.local __BTF_ID__func__example_mask_empty__458 ;                          
.type  __BTF_ID__func__example_mask_empty__458, STT_OBJECT;               
.size  __BTF_ID__func__example_mask_empty__458, 4;                        
__BTF_ID__func__example_mask_empty__458:                                     
.zero 4                                       
.long (1 << 7)
.popsection;                                  
.pushsection .BTF_ids,"a";      
.size __BTF_ID__set8__example_kfunc_btf_ids, .-example_kfunc_btf_ids  
.popsection;                                 
